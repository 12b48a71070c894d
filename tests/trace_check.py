#!/usr/bin/env python3
"""tests/trace_check.py — the tracer's JSON and GODEBUG's lines, checked.

usage: tests/trace_check.py [--no-size] MINIGO OUT_DIR

Runs tests/trace/workers.go with -trace=OUT_DIR/workers.json and checks
that the file is valid Chrome trace-event JSON (every event well formed,
complete slices non-overlapping and in time order on each track, every
flow start with its end, B/E balanced) and that it shows what the program
did (two P tracks, the five goroutines, a preemption, the wait reasons).
Then -trace-limit, the size of a 100,000-goroutine trace (bench/spawn.go;
its writing time is printed, not asserted: tests never fail on timing),
and GODEBUG=gctrace=1 and schedtrace/scheddetail lines in Go's layout.
Last line: "N passed, N failed".
"""
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict

args = sys.argv[1:]
no_size = "--no-size" in args   # a stress build: skip the size bounds
args = [a for a in args if a != "--no-size"]
minigo, out = args[0], args[1]
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0


def check(name, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + why if why else ""))


def run(args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([minigo] + args, capture_output=True, text=True, env=e, timeout=120)


def validate(events):
    """Problems with a trace-event list, as strings (empty: valid)."""
    bad = []
    tracks = defaultdict(list)
    flows = defaultdict(lambda: [0, 0, None, None])
    stacks = defaultdict(list)
    for e in events:
        ph = e.get("ph")
        if ph not in ("X", "B", "E", "i", "s", "f", "C", "M"):
            bad.append("unknown ph %r" % ph)
            continue
        if ph == "M":
            continue
        if not isinstance(e.get("ts"), (int, float)) or "pid" not in e:
            bad.append("event without ts/pid: %r" % e)
            continue
        key = (e["pid"], e.get("tid"))
        if ph == "X":
            if e.get("dur", -1) < 0:
                bad.append("X with negative dur")
            tracks[key].append((e["ts"], e["ts"] + e["dur"]))
        elif ph == "B":
            stacks[key].append(e["ts"])
        elif ph == "E":
            if not stacks[key]:
                bad.append("E without B on %r" % (key,))
            else:
                stacks[key].pop()
        elif ph in ("s", "f"):
            f = flows[(e.get("cat"), e["id"])]
            f[0 if ph == "s" else 1] += 1
            f[2 if ph == "s" else 3] = e["ts"]
        elif ph == "C":
            if not all(isinstance(v, (int, float)) for v in e.get("args", {}).values()):
                bad.append("counter with a non-number")
    for key, st in stacks.items():
        if st:
            bad.append("B without E on %r" % (key,))
    for key, sl in tracks.items():
        for (s0, e0), (s1, e1) in zip(sl, sl[1:]):
            if s1 < s0:
                bad.append("slices out of order on %r" % (key,))
                break
            if s1 < e0 - 0.001:
                bad.append("overlapping slices on %r at %s" % (key, s1))
                break
    for key, (ns, nf, ts, tf) in flows.items():
        if ns != 1 or nf != 1:
            bad.append("flow %r has %d starts and %d ends" % (key, ns, nf))
        elif tf < ts:
            bad.append("flow %r ends before it starts" % (key,))
    return bad


# ---- the JSON of a known program ----
path = os.path.join(out, "workers.json")
r = run(["run", "-trace=" + path, os.path.join(here, "trace", "workers.go")], {"GOMAXPROCS": "2"})
check("workers.go runs with -trace", r.returncode == 0 and r.stdout.strip() == "119999981",
      "status %d, stdout %r, stderr %r" % (r.returncode, r.stdout, r.stderr[-300:]))
try:
    doc = json.load(open(path))
    events = doc["traceEvents"]
    check("the trace is JSON with traceEvents", isinstance(events, list) and len(events) > 0)
except Exception as ex:  # noqa: BLE001 — any failure to load is the finding
    check("the trace is JSON with traceEvents", False, str(ex))
    events = []
problems = validate(events)
check("the events are valid trace events", not problems, "; ".join(problems[:5]))
pnames = sorted(e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name" and e["pid"] == 1)
check("one track per P: P0 and P1", pnames == ["P0", "P1"], repr(pnames))
mtracks = {e.get("tid") for e in events if e.get("ph") == "X" and e["pid"] == 2}
check("slices on M tracks too", len(mtracks) >= 2, repr(mtracks))
gs = {int(m.group(1)) for e in events if e.get("ph") == "X" and (m := re.match(r"G(\d+) ", e["name"]))}
check("the five goroutines ran", gs == {1, 2, 3, 4, 5}, repr(sorted(gs)))
names = {e["name"] for e in events if e.get("ph") == "X"}
check("slices are named by goroutine and function", "G1 runtime.main" in names and "G2 main.main.func1" in names,
      repr(sorted(names)[:6]))
pre = [e for e in events if e.get("ph") == "i" and e["name"] == "preempted"]
check("a preemption is marked (workers run > 10 ms)", len(pre) >= 1)
stops = {e["args"]["stop"] for e in events if e.get("ph") == "X"}
truncated = doc.get("otherData", {}).get("truncated") if events else False
check("stop reasons: exited and a wait reason", (truncated or "exited" in stops) and bool(stops & {"sync.WaitGroup.Wait", "chan receive"}),
      repr(stops))
counters = [e for e in events if e.get("ph") == "C" and e["name"] == "runnable goroutines"]
check("a runnable-goroutines counter", len(counters) > 2)

# ---- the size limit ----
path = os.path.join(out, "limited.json")
r = run(["run", "-trace=" + path, "-trace-limit=1", os.path.join(here, "..", "bench", "spawn.go")])
check("-trace-limit=1 stops recording and says so", r.returncode == 0 and "trace-limit=1MB" in r.stderr, r.stderr[-300:])
try:
    doc = json.load(open(path))
    check("a truncated trace says so in the file", doc["otherData"]["truncated"] is True and
          any("truncated" in e.get("name", "") for e in doc["traceEvents"]))
    check("a truncated trace is still valid", not validate(doc["traceEvents"]))
except Exception as ex:  # noqa: BLE001
    check("a truncated trace says so in the file", False, str(ex))

# ---- 100,000 goroutines ----
for ext in ("json", "html"):
    path = os.path.join(out, "spawn." + ext)
    t = time.time()
    r = run(["run", "-trace=" + path, os.path.join(here, "..", "bench", "spawn.go")])
    took = time.time() - t
    size = os.path.getsize(path) if os.path.exists(path) else 0
    print("     bench/spawn.go with -trace=%s: %.2f s, %.1f MB" % (os.path.basename(path), took, size / 1e6))
    check("the %s trace of 100k goroutines is under 100 MB" % ext, r.returncode == 0 and 0 < size and (no_size or size < 100e6),
          "status %d, %d bytes" % (r.returncode, size))

# ---- GODEBUG ----
r = run(["run", os.path.join(here, "..", "bench", "binarytrees.go")], {"GODEBUG": "gctrace=1"})
lines = [l for l in r.stderr.splitlines() if l.startswith("gc ")]
pat = re.compile(r"^gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+/[\d.]+/[\d.]+\+[\d.]+ ms cpu, "
                 r"\d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P$")
check("gctrace=1 prints a line per collection", len(lines) >= 2, r.stderr[-300:])
check("gctrace lines in Go's layout", lines and all(pat.match(l) for l in lines),
      next((l for l in lines if not pat.match(l)), ""))
check("gctrace numbers collections from 1", lines and lines[0].startswith("gc 1 @"))
r = run(["run", os.path.join(here, "trace", "workers.go")],
        {"GODEBUG": "schedtrace=5,scheddetail=1", "GOMAXPROCS": "2"})
err = r.stderr.splitlines()
sched = [l for l in err if l.startswith("SCHED ")]
check("schedtrace=5 prints SCHED lines", len(sched) >= 2, r.stderr[-300:])
check("scheddetail adds Go's fields", sched and all("gcwaiting=false" in l for l in sched))
check("scheddetail: a line per P", any(re.match(r"^  P1: status=\d schedtick=\d+ syscalltick=0 m=(\d+|nil) runqsize=\d+ "
                                                r"gfreecnt=\d+ timerslen=\d+$", l) for l in err))
check("scheddetail: a line per M", any(re.match(r"^  M0: p=(\d+|nil) curg=(\d+|nil) mallocing=0", l) for l in err))
check("scheddetail: a line per G with its wait reason",
      any(re.match(r"^  G1: status=4\((sync\.WaitGroup\.Wait|chan receive)\) m=nil lockedm=nil$", l) for l in err))
r = run(["run", os.path.join(here, "trace", "workers.go")], {"GODEBUG": "schedtrace=5", "GOMAXPROCS": "2"})
check("schedtrace alone: the run queues in brackets",
      any(re.match(r"^SCHED \d+ms: gomaxprocs=2 idleprocs=\d .* runqueue=\d+ \[\d+ \d+\]$", l) for l in r.stderr.splitlines()))

print("%d passed, %d failed" % (passed, failed))
