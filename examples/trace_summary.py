#!/usr/bin/env python3
"""trace_summary.py: what a minigo -trace=FILE.json recorded, as text.

usage: python3 examples/trace_summary.py FILE.json [-v]

Prints, from the Chrome trace-event JSON that `minigo run -trace=FILE.json`
writes (docs/TRACE.md):
  - per P row: how many running slices, how long it ran Go code;
  - per goroutine: its slices, on which Ps, how each one ended
    (preempted, yield, a wait reason such as "chan receive", exited);
  - the steals (thief P, victim P, how many Gs), preemptions, stack growths
    and shrinks, with their times.
-v also lists every slice in time order.

It reads nothing but the JSON file, so it is also a short guide to the
format: "X" events are running slices (pid 1 = the P rows, pid 2 = the M
rows), "i" events are instants (steal, preempted, stack grow, ...), "s"/"f"
pairs are the arrows (unpark, steal) Perfetto draws between rows.
"""
import json
import sys
from collections import defaultdict


def ms(us):
    return "%.3f ms" % (us / 1000.0)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if len(args) != 1:
        sys.exit(__doc__)
    with open(args[0]) as f:
        trace = json.load(f)  # fails loudly if the file is not valid JSON
    events = trace["traceEvents"]

    rows = {}  # (pid, tid) -> row name, from the "M" metadata events
    for e in events:
        if e["ph"] == "M" and e["name"] == "thread_name":
            rows[(e["pid"], e["tid"])] = e["args"]["name"]

    slices = sorted((e for e in events if e["ph"] == "X" and e["pid"] == 1),
                    key=lambda e: e["ts"])
    instants = sorted((e for e in events if e["ph"] == "i"), key=lambda e: e["ts"])

    print("program %s, %d P rows, %d M rows" % (
        trace["otherData"]["program"],
        sum(1 for k in rows if k[0] == 1), sum(1 for k in rows if k[0] == 2)))
    if trace["otherData"].get("truncated"):
        print("(the recording was truncated by -trace-limit)")

    print("\nP rows:")
    per_p = defaultdict(lambda: [0, 0.0])
    for s in slices:
        per_p[s["tid"]][0] += 1
        per_p[s["tid"]][1] += s["dur"]
    for p in sorted(per_p):
        print("  %-4s %4d slices, ran %s" % (rows.get((1, p), "P%d" % p),
                                            per_p[p][0], ms(per_p[p][1])))

    print("\ngoroutines (slices on each P, how the slices ended):")
    per_g = defaultdict(list)
    for s in slices:
        per_g[s["name"]].append(s)
    for name in sorted(per_g, key=lambda n: int(n.split()[0][1:])):
        ss = per_g[name]
        on = defaultdict(int)
        stops = defaultdict(int)
        for s in ss:
            on["P%d" % s["tid"]] += 1
            stops[s["args"]["stop"]] += 1
        moved = " (moved between Ps)" if len(on) > 1 else ""
        print("  %-28s %s; %s%s" % (
            name, ", ".join("%s x%d" % kv for kv in sorted(on.items())),
            ", ".join("%s x%d" % kv for kv in sorted(stops.items())), moved))

    kinds = defaultdict(list)
    for e in instants:
        kinds[e["name"]].append(e)
    print("\nsteals: %d" % len(kinds["steal"]))
    for e in kinds["steal"]:
        print("  %10s  P%d stole %d G(s) from P%d" % (
            ms(e["ts"]), e["tid"], e["args"]["b"], e["args"]["a"]))
    print("preemptions: %d" % len(kinds["preempted"]))
    for e in kinds["preempted"]:
        print("  %10s  G%d preempted on P%d" % (ms(e["ts"]), e["args"]["g"], e["tid"]))
    for what in ("stack grow", "stack shrink"):
        print("%ss: %d" % (what, len(kinds[what])))
        for e in kinds[what]:
            print("  %10s  G%d: %d -> %d bytes" % (
                ms(e["ts"]), e["args"]["g"], e["args"]["a"], e["args"]["b"]))
    others = sorted(k for k in kinds
                    if k not in ("steal", "preempted", "stack grow", "stack shrink"))
    for k in others:
        print("%s: %d" % (k, len(kinds[k])))

    if verbose:
        print("\nall slices:")
        for s in slices:
            print("  %10s +%-10s P%d  %-28s -> %s" % (
                ms(s["ts"]), ms(s["dur"]), s["tid"], s["name"], s["args"]["stop"]))


if __name__ == "__main__":
    main()
