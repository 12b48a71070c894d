#!/usr/bin/env python3
"""Racy programs must never crash or hang the VM.

usage: tests/racy/run.py [-n RUNS] MINIGO [files...]

Each program in tests/racy/ (goroutines that race on maps, slices, strings
and interfaces without locks) runs RUNS times (default 50) with
GOMAXPROCS=2. A run may end normally, with Go's "fatal error: concurrent
map ..." (exit 2), or with a Go panic (exit 2) that a torn read can cause
in Go too; it must not end by a signal or run past the time limit. Prints
the tally of outcomes per program, then "N passed, N failed" (one per
program)."""

import argparse
import collections
import concurrent.futures
import glob
import os
import re
import subprocess
import sys

LIMIT = 20  # seconds per run


def one_run(cmd, path):
    env = dict(os.environ, GOMAXPROCS="2")
    try:
        p = subprocess.run(cmd + ["run", path], stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=LIMIT, env=env)
    except subprocess.TimeoutExpired:
        return "hung", False
    err = p.stderr.decode("utf-8", "replace")
    first = err.splitlines()[0] if err else ""
    if p.returncode < 0:
        return "signal %d" % -p.returncode, False
    if p.returncode == 0:
        return "exit 0", True
    if p.returncode == 2 and re.match(r"fatal error: concurrent map (writes|read and map write|iteration and map write)$", first):
        return first, True
    if p.returncode == 2 and first.startswith("panic: "):
        return "panic", True
    return "exit %d: %s" % (p.returncode, first[:80]), False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("minigo")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.go")))
    cmd = [a.minigo]
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for f in files:
            outcomes = list(ex.map(lambda _: one_run(cmd, f), range(a.n)))
            tally = collections.Counter(o for o, _ in outcomes)
            ok = all(good for _, good in outcomes)
            print("%s %s: %s" % ("ok  " if ok else "FAIL", os.path.basename(f),
                                 ", ".join("%s x%d" % kv for kv in sorted(tally.items()))))
            passed += ok
            failed += not ok
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
