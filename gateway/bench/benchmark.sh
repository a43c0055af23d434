#!/usr/bin/env bash
# Compares one endpoint called directly, through the gateway and through nginx as a plain reverse proxy, in one
# run, and prints the added p50 latency and the throughput of each as ratios.
# The "service" is nginx serving a small JSON file, so that the backend is never the bottleneck.
# Needs: wrk, nginx, openssl, java 17 and a built gateway (mvn -pl gateway package).
# Usage: gateway/bench/benchmark.sh [duration, default 15s] [connections, default 50]
# GATEWAY_JAVA_OPTS adds JVM options to the gateway (for example a JFR recording), GATEWAY_JAR runs another build,
# WARMUP sets the warm-up of the gateway (default 20s: the JIT compiler needs it on a busy machine).
set -euo pipefail

DURATION=${1:-15s}
CONNECTIONS=${2:-50}
THREADS=2
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${GATEWAY_JAR:-"$HERE/../target/quarkus-app/quarkus-run.jar"}
WORK=$(mktemp -d)
SERVICE_PORT=18084 NGINX_PORT=18090 GATEWAY_PORT=18080 GATEWAY_MANAGEMENT_PORT=19080
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

[ -f "$JAR" ] || { echo "build the gateway first: mvn -pl gateway package -DskipTests" >&2; exit 1; }

# --- a key pair made for this run and a partner token signed with it (RS256) ---
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
PAYLOAD=$(printf '{"iss":"https://auth.zgc-residence.example","aud":"zgc-residence-api","sub":"partner-bench","groups":["partner"],"partner_id":"bench","iat":%d,"exp":%d}' "$NOW" $((NOW + 3600)) | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$WORK/private.pem" | b64url)
TOKEN="$HEADER.$PAYLOAD.$SIGNATURE"

# --- the service (static JSON) and nginx as a reverse proxy, one nginx process with two servers ---
mkdir -p "$WORK/www/api/v1" "$WORK/logs"
printf '[{"id":"zhongguancun-center","name":"Zhongguancun centre"}]' > "$WORK/www/api/v1/halls"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log $WORK/logs/access.log;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  default_type application/json;
  upstream service { server 127.0.0.1:$SERVICE_PORT; keepalive 64; }
  server { listen 127.0.0.1:$SERVICE_PORT; access_log off; root $WORK/www; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -g 'daemon off;' & PIDS+=($!)

# --- the gateway in front of the same service ---
OFFICES_URL=http://127.0.0.1:$SERVICE_PORT ELIGIBILITY_URL=http://127.0.0.1:1 DOCUMENTS_URL=http://127.0.0.1:1 FEES_URL=http://127.0.0.1:1 \
JWT_PUBLIC_KEY_LOCATION=file:$WORK/public.pem QUARKUS_HTTP_PORT=$GATEWAY_PORT QUARKUS_MANAGEMENT_PORT=$GATEWAY_MANAGEMENT_PORT GATEWAY_RATE_LIMIT_ENABLED=false \
  java -Xmx256m ${GATEWAY_JAVA_OPTS:-} -jar "$JAR" > "$WORK/logs/gateway.log" 2>&1 & PIDS+=($!)

for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$NGINX_PORT/api/v1/halls" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT/api/v1/halls" >/dev/null \
  || { echo "gateway does not forward; see its log:" >&2; tail -20 "$WORK/logs/gateway.log" >&2; exit 1; }

# p50 in microseconds and requests per second from wrk --latency
measure() {
  local out
  out=$(wrk -t$THREADS -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$1")
  local p50 rps
  p50=$(echo "$out" | awk '$1=="50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); print v} else if (v ~ /ms$/) {sub(/ms/,"",v); print v*1000} else {sub(/s/,"",v); print v*1000000}}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  echo "$p50 $rps"
}

echo "warming up..."
wrk -t$THREADS -c"$CONNECTIONS" -d${WARMUP:-20s} -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT/api/v1/halls" >/dev/null
wrk -t$THREADS -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT/api/v1/halls" >/dev/null

read -r DIRECT_P50 DIRECT_RPS < <(measure "http://127.0.0.1:$SERVICE_PORT/api/v1/halls")
read -r NGINX_P50 NGINX_RPS < <(measure "http://127.0.0.1:$NGINX_PORT/api/v1/halls")
read -r GATEWAY_P50 GATEWAY_RPS < <(measure "http://127.0.0.1:$GATEWAY_PORT/api/v1/halls")

awk -v dp="$DIRECT_P50" -v dr="$DIRECT_RPS" -v np="$NGINX_P50" -v nr="$NGINX_RPS" -v gp="$GATEWAY_P50" -v gr="$GATEWAY_RPS" 'BEGIN {
  printf "%-10s %12s %14s %12s\n", "path", "p50 (us)", "added p50 (us)", "req/s"
  printf "%-10s %12.0f %14s %12.0f\n", "direct", dp, "-", dr
  printf "%-10s %12.0f %14.0f %12.0f\n", "nginx", np, np - dp, nr
  printf "%-10s %12.0f %14.0f %12.0f\n", "gateway", gp, gp - dp, gr
  added_ratio = (np - dp) > 0 ? (gp - dp) / (np - dp) : 0
  printf "\nadded p50 latency, gateway / nginx: %.2f (goal <= 1.00)\n", added_ratio
  printf "throughput, gateway / nginx:        %.2f (goal >= 0.90)\n", gr / nr
  printf "throughput, gateway / direct:       %.2f\n", gr / dr
}'
