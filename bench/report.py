"""The table, JSON and chart of one bench/run: reads the files of each measured section (OUT-NAME.rounds, OUT-NAME.json),
prints the table, writes OUT.json, appends the run to RESULTS/runs.jsonl (every run, for comparison; a whole run also
to bench/history.jsonl, which is committed) and draws OUT.png.
Usage: report.py OUT RESULTS"""
import json
import math
import os
import subprocess
import sys
import textwrap
from statistics import median

out, results = sys.argv[1], sys.argv[2]


def turns(name):  # one [rps, p50, p99, errors] per round, or None when the section was not measured
    path = f"{out}-{name}.rounds"
    if not os.path.exists(path):
        return None
    return [list(map(float, line.split())) for line in open(path) if line.strip()]


def loaded(name):
    path = f"{out}-{name}.json"
    if not os.path.exists(path):
        return None
    text = open(path).read().strip()
    try:
        return json.loads(text)
    except ValueError:
        print(f"the {name} section gave no figure: see {out}-{name}.log", file=sys.stderr)
        return {}


def per_round(a, b, col=0):
    return median(x[col] / y[col] for x, y in zip(a, b) if y[col])


def med(a, col):
    return median(x[col] for x in a)


rows = []  # measure, value, goal, better ('>=' or '<='), unit, met, detail; goal and met None: a reference figure


def row(measure, value, goal, better, unit, detail, extra=True):
    value = -1 if value is None else value
    ok = None if goal is None else (value >= goal) if better == ">=" else (0 <= value <= goal)
    rows.append(dict(measure=measure, value=value, goal=goal, better=better, unit=unit,
                     met=None if ok is None else bool(ok and extra), detail=detail))


live, evaluate = turns("live"), turns("evaluate")
if live and evaluate:
    row("what-if evaluate / liveness throughput", per_round(evaluate, live), 0.70, ">=", "",
        f"{med(evaluate, 0):.0f} vs {med(live, 0):.0f} req/s; evaluate p99 {med(evaluate, 2):.1f} ms")
stored, whatif = turns("stored"), turns("whatif")
pgbench = [float(line) for line in open(f"{out}-pgbench.rounds") if line.strip()] if stored else None


def cost(name):  # one [JVM CPU microseconds, context switches] per request and round, or None
    path = f"{out}-{name}.cost"
    if not os.path.exists(path):
        return None
    return [list(map(float, line.split())) for line in open(path) if line.strip()]


stored_cost, whatif_cost = cost("stored"), cost("whatif")
if stored and whatif:
    detail = f"{med(stored, 0):.0f} vs {med(whatif, 0):.0f} req/s; stored p50 {med(stored, 1):.1f} ms, p99 {med(stored, 2):.1f} ms"
    if stored_cost and whatif_cost:
        detail += (f"; eligibility-service CPU per request {med(stored_cost, 0):.0f} vs {med(whatif_cost, 0):.0f} us "
                   f"({per_round(stored_cost, whatif_cost):.2f}x), context switches {med(stored_cost, 1):.1f} vs "
                   f"{med(whatif_cost, 1):.1f}")
    row("stored assessments / what-if evaluate throughput (same body)", per_round(stored, whatif), 0.50, ">=", "", detail)
if stored and pgbench:
    row("stored assessments / pgbench single-row inserts", median(x[0] / y for x, y in zip(stored, pgbench) if y),
        None, ">=", "", f"(a reference, without a goal) {med(stored, 0):.0f} req/s vs {median(pgbench):.0f} tps; stored p50 {med(stored, 1):.1f} ms")
direct, gateway, nginx = turns("direct"), turns("gateway"), turns("nginx")
if direct and gateway and nginx:
    added = median((gw[1] - dr[1]) - (ng[1] - dr[1]) for dr, gw, ng in zip(direct, gateway, nginx))
    row("gateway added p50 - nginx added p50", added, 0, "<=", "ms",
        f"direct {med(direct, 1):.2f}, gateway {med(gateway, 1):.2f}, nginx {med(nginx, 1):.2f} ms p50")
    row("gateway / nginx throughput", per_round(gateway, nginx), 0.90, ">=", "",
        f"{med(gateway, 0):.0f} vs {med(nginx, 0):.0f} req/s (direct {med(direct, 0):.0f})")
letters, letters_low, letters_cpu = loaded("letters"), loaded("letters-low") or {}, loaded("letters-cpu")
if letters is not None:
    row("letter -> dossier opened p99 at 100/s", letters.get("p99Ms"), 200, "<=", "ms",
        f"p50 {letters.get('p50Ms')} ms, {letters.get('opened')}/{letters.get('letters')} opened, achieved "
        f"{letters.get('achievedRate')}/s; at 10/s: p50 {letters_low.get('p50Ms')} ms, p99 {letters_low.get('p99Ms')} ms, "
        f"{letters_low.get('opened')}/{letters_low.get('letters')} opened"
        + (f"; the set's cores {letters_cpu.get('serverCoresBusyPercent')} % busy meanwhile, CPU ms per letter "
           f"{letters_cpu.get('cpuMsPerLetter')}" if letters_cpu else ""),
        letters.get("opened") == letters.get("letters"))
schedules = loaded("schedules")
if schedules is not None:
    row("a year of schedules, six halls, worked out (median)", schedules.get("computedMedianMs"), 5, "<=", "ms",
        f"sum of Server-Timing; over HTTP with JSON, six requests in turn: median {schedules.get('medianMs')} ms, "
        f"p90 {schedules.get('p90Ms')} ms")
worklist = {}
for view, what in (("queue", "a hall's submitted dossiers"), ("first", "the console's first page, every dossier")):
    service, psql = turns(f"worklist-{view}"), turns(f"worklist-{view}-psql")
    if service and psql:
        worklist[view] = {"service": service, "psql": psql}
        row(f"officer worklist p99, 100,000 dossiers: {what}", med(service, 2), 50, "<=", "ms",
            f"through documents-service p50 {med(service, 1):.1f} ms, {med(service, 0):.0f} req/s; the same page and count "
            f"in pgbench p99 {med(psql, 2):.1f} ms, p50 {med(psql, 1):.1f} ms; one client each")
search, slots, schedule = turns("search"), turns("slots"), turns("schedule")
if search and slots and schedule:
    # one search covers the six halls; the schedule and the slot list take one hall a request: six make a round
    row("slot search, 6 halls x 60 days / their 6 schedules alone (throughput)", 6 * per_round(search, schedule), 1.0,
        ">=", "", f"{med(search, 0):.0f} searches/s vs {med(schedule, 0) / 6:.0f} rounds of six schedules/s "
        f"({med(schedule, 0):.0f} req/s); search p50 {med(search, 1):.1f} ms, p99 {med(search, 2):.1f} ms; every slot of "
        f"a hall's 60 days listed: {med(slots, 0):.0f} req/s, {per_round(slots, schedule):.2f} of its schedule's rate")
booking = loaded("booking")
if booking is not None:
    answers = booking.get("answers", {})
    clean = booking.get("overbookedRounds", 1) == 0 and set(answers) <= {"201", "409"}
    row(f"booking p99, {booking.get('parallel', 200)} at once for one slot (offices-service)", booking.get("p99Ms"), 1000, "<=", "ms",
        f"p50 {booking.get('p50Ms')} ms, max {booking.get('maxMs')} ms; {booking.get('rounds')} rounds, answers {answers}, "
        f"{booking.get('booked')} booked ({booking.get('capacityPerSlot')} seats a slot), overbooked rounds "
        f"{booking.get('overbookedRounds')}", clean)
upload = loaded("upload")
if upload is not None:
    row("2 MB PDF upload and check / raw bytea insert throughput", upload.get("ratio"), 0.50, ">=", "",
        f"{upload.get('uploadsPerSecond')} vs {upload.get('rawWritesPerSecond')} per s, {upload.get('clients')} clients "
        f"each; upload p50 {upload.get('uploadP50Ms')} ms, p99 {upload.get('uploadP99Ms')} ms; {upload.get('errors')} "
        f"refused or failed checks", upload.get("errors", 1) == 0)
webhook = loaded("webhook")
if webhook is not None:
    row("event committed -> webhook received p99 at 100/s", webhook.get("p99Ms"), 500, "<=", "ms",
        f"p50 {webhook.get('p50Ms')} ms, max {webhook.get('maxMs')} ms; {webhook.get('received')}/{webhook.get('events')} "
        f"received, {webhook.get('unverified')} deliveries failed the signature check; from the request's start: "
        f"p50 {webhook.get('fromRequestP50Ms')}, p99 {webhook.get('fromRequestP99Ms')} ms; the set's cores "
        f"{webhook.get('serverCoresBusyPercent')} % busy meanwhile, CPU ms per event {webhook.get('cpuMsPerEvent')}",
        webhook.get("received") == webhook.get("events") and webhook.get("events", 0) > 0
        and webhook.get("unverified", 1) == 0)
failover = loaded("failover")
if failover is not None:
    restart, hung = failover.get("restart", {}), failover.get("hung", {})
    row("letters flowing again after documents-service restarted", restart.get("flowingSeconds"), 10, "<=", "s",
        f"killed (SIGKILL) and started again; ready after {restart.get('readySeconds')} s; a letter issued while it was "
        f"down opened its dossier after {restart.get('flowingSeconds')} s")
    hang = hung.get("seconds", 12)
    row(f"quick 503s with fees-service hung {hang} s", hung.get("share"), round(1 - 3 / hang, 2), ">=", "",
        f"{hung.get('quick503')} of {hung.get('requests')} at {hung.get('rate')}/s answered 503 within 1 s; the rest "
        f"{hung.get('others')}; halls meanwhile {hung.get('otherOk')}/{hung.get('otherRequests')} answered 200; the "
        f"route answered 200 again {hung.get('recoveredSeconds')} s after fees-service went on",
        hung.get("otherOk") == hung.get("otherRequests"))
startup = loaded("startup")
if startup:
    row("slowest start to ready", max(startup.values()), 3, "<=", "s", ", ".join(f"{k} {v}" for k, v in startup.items()))
memory = loaded("memory")
if memory:
    row("largest resident memory after load", max(memory.values()), 160, "<=", "MB",
        ", ".join(f"{k} {v}" for k, v in memory.items()))

wrk = [t for t in (live, evaluate, stored, whatif, direct, gateway, nginx, search, slots, schedule,
                   *(w["service"] for w in worklist.values())) if t]
errors = int(sum(x[3] for t in wrk for x in t))
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
machine = f"{os.cpu_count()} cores, {mem:.0f} GiB, {java}"
name = os.path.basename(out)
sections = os.environ.get("BENCH_ONLY") or "all"
print()
print(f"Benchmark {name} on {machine}; sections: {sections}; request errors during wrk load: {errors}")
print(f"{'measure':<70} {'value':>9}  {'goal':<10} {'met':<4} detail")
for r in rows:
    goal = "-" if r["goal"] is None else f"{r['better']} {r['goal']:g}{(' ' + r['unit']) if r['unit'] else ''}"
    met = "-" if r["met"] is None else "yes" if r["met"] else "NO"
    print(f"{r['measure'] + (' (' + r['unit'] + ')' if r['unit'] else ''):<70} {r['value']:>9.2f}  {goal:<10} "
          f"{met:<4} {r['detail']}")

raw = {k: v for k, v in {"rounds": {n: t for n, t in (("live", live), ("evaluate", evaluate), ("stored", stored),
                                                        ("whatif", whatif), ("pgbench", pgbench), ("direct", direct), ("gateway", gateway),
                                                        ("nginx", nginx), ("search", search), ("slots", slots),
                                                        ("schedule", schedule)) if t},
                         "letters": letters, "lettersAtTenth": letters_low if letters is not None else None,
                         "lettersCpu": letters_cpu,
                         "schedules": schedules, "booking": booking, "upload": upload, "webhook": webhook,
                         "failover": failover, "worklist": worklist or None, "cost": {n: c for n, c in (("stored", stored_cost), ("whatif", whatif_cost)) if c},
                         "startupSeconds": startup, "rssMb": memory}.items() if v is not None}
run = {"run": name, "machine": machine, "sections": sections, "errors": errors, "rows": rows, **raw}
json.dump(run, open(out + ".json", "w"), indent=2)
summary = json.dumps({"run": name, "machine": machine, "sections": sections, "errors": errors, "rows": rows}) + "\n"
with open(os.path.join(results, "runs.jsonl"), "a") as history:
    history.write(summary)
if sections == "all":  # whole runs are also kept in the repository, one line each (bench/history.jsonl)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "history.jsonl"), "a") as history:
        history.write(summary)

# the chart: one panel per figure, the measured value as a bar and the goal as a black line, titles wrapped to fit
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

if rows:
    cols = 3 if len(rows) > 4 else len(rows)
    lines = math.ceil(len(rows) / cols)
    fig, axes = plt.subplots(lines, cols, figsize=(5.2 * cols, 2.3 * lines + 0.9), squeeze=False, layout="constrained")
    for ax, r in zip(axes.flat, rows):
        value = max(r["value"], 0)
        reference = r["goal"] is None
        ax.barh([0], [value], height=0.5, color="tab:grey" if reference else "tab:green" if r["met"] else "tab:red")
        if not reference:
            ax.axvline(r["goal"], color="black", linewidth=2)
        top = max(value, 0 if reference else r["goal"], 1e-9) * 1.35
        low = min(0, 0 if reference else r["goal"]) * 1.35
        ax.set_xlim(low, top if top > low else low + 1)
        ax.set_yticks([])
        unit = f" {r['unit']}" if r["unit"] else ""
        ax.set_title(textwrap.fill(r["measure"], 46, break_on_hyphens=False)
                     + f"\nmeasured {r['value']:.2f}{unit}, "
                     + ("a reference, no goal" if reference else f"goal {r['better']} {r['goal']:g}{unit}"), fontsize=9)
        ax.tick_params(axis="x", labelsize=8)
    for ax in list(axes.flat)[len(rows):]:
        ax.axis("off")
    fig.suptitle(textwrap.fill(f"{name} - {machine} - bar: measured (green: goal met, grey: a reference), black line: goal", 120),
                 fontsize=10)
    fig.savefig(out + ".png", dpi=100)
print(f"\nwritten: {out}.json, {out}.png; every run: {os.path.join(results, 'runs.jsonl')}")
