#!/usr/bin/env bash
# What-if evaluations per second and p99 latency against the same service's liveness endpoint, in one run,
# printed as a ratio (goal: evaluate/live throughput at least 0.7).
# Needs: wrk, a running eligibility-service, and a partner bearer token the service accepts.
#   BASE_URL=http://127.0.0.1:8081 TOKEN=<jwt> bench/evaluate-vs-live.sh [duration] [connections]
set -euo pipefail
BASE_URL=${BASE_URL:-http://127.0.0.1:8081}
DURATION=${1:-20s}
CONNECTIONS=${2:-16}
: "${TOKEN:?set TOKEN to a partner bearer token}"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/evaluate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer ${TOKEN}"
wrk.body = [[$(cat "$here/evaluate-body.json")]]
LUA
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status, summary.requests))
end
LUA
cat "$work/report.lua" >> "$work/evaluate.lua"

# warm-up, so that both runs meet a JIT-compiled service
wrk -t2 -c"$CONNECTIONS" -d5s -s "$work/evaluate.lua" "$BASE_URL/api/v1/assessments/evaluate" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$BASE_URL/q/health/live" > /dev/null

live=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$work/report.lua" "$BASE_URL/q/health/live" | grep '^RESULT')
eval=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$work/evaluate.lua" "$BASE_URL/api/v1/assessments/evaluate" | grep '^RESULT')
read -r _ live_rps live_p99 _ _ <<< "$live"
read -r _ eval_rps eval_p99 eval_errors eval_total <<< "$eval"
printf 'liveness  : %10.1f req/s  p99 %8.3f ms\n' "$live_rps" "$live_p99"
printf 'evaluate  : %10.1f req/s  p99 %8.3f ms  (non-2xx: %s of %s)\n' "$eval_rps" "$eval_p99" "$eval_errors" "$eval_total"
awk -v e="$eval_rps" -v l="$live_rps" 'BEGIN { r = e / l; printf "ratio     : %.2f (goal >= 0.70) %s\n", r, (r >= 0.7 ? "met" : "NOT met") }'
