#!/usr/bin/env python3
"""run.py — differential fuzzing of minigo against real Go.

For each seed, gen.py makes a program of many independent tests; it is built
once with `go build` and run, and run with minigo; stdout, the first line of
stderr and the exit status must agree. A program Go rejects is a generator
bug (kept as genbug-SEED.go). A disagreement is kept in the findings folder
(git-ignored) with both outputs, and minimized: first to the single tests
that still disagree on their own, then line by line.

usage: run.py [--minigo BIN] [--seeds A:B | --time SECS] [--ntests N]
              [--findings DIR] [--no-minimize] [-q]
The last line is "N passed, N failed" (N = programs compared).
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

# module mode with no go.mod around, as tests/diff_go.sh runs "go run":
# language version and GODEBUG defaults are the toolchain's own
GO_ENV = dict(os.environ, GOFLAGS="", GOTOOLCHAIN="local")


def go_build(src, workdir):
    path = os.path.join(workdir, "prog.go")
    with open(path, "w") as f:
        f.write(src)
    exe = os.path.join(workdir, "prog")
    p = subprocess.run(["go", "build", "-o", exe, path], cwd=workdir, env=GO_ENV,
                       capture_output=True, timeout=120)
    if p.returncode != 0:
        return None, p.stderr.decode(errors="replace")
    return exe, None


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def first_line(b):
    return b.split(b"\n", 1)[0]


# Go leaves unspecified which of two panicking operations of one expression
# goes first (only calls, receives and && || are ordered): a division by
# zero and a negative shift count in one expression may panic either way.
ARITH = re.compile(rb"runtime error: (integer divide by zero|negative shift amount)")


def norm(out):
    return ARITH.sub(b"runtime error: <arithmetic>", out)


class Outcome:
    def __init__(self, go, mg):
        self.go, self.mg = go, mg

    def agree(self):
        return (self.go[0] == self.mg[0] and norm(self.go[1]) == norm(self.mg[1])
                and norm(first_line(self.go[2])) == norm(first_line(self.mg[2])))

    def summary(self):
        what = []
        if self.go[0] != self.mg[0]:
            what.append("exit go=%s minigo=%s" % (self.go[0], self.mg[0]))
        if first_line(self.go[2]) != first_line(self.mg[2]):
            what.append("stderr go=%r minigo=%r" % (first_line(self.go[2])[:200], first_line(self.mg[2])[:200]))
        if self.go[1] != self.mg[1]:
            gl, ml = self.go[1].split(b"\n"), self.mg[1].split(b"\n")
            for i in range(max(len(gl), len(ml))):
                a = gl[i] if i < len(gl) else b"<eof>"
                b = ml[i] if i < len(ml) else b"<eof>"
                if a != b:
                    what.append("stdout line %d go=%r minigo=%r" % (i + 1, a[:200], b[:200]))
                    break
        return "; ".join(what)


def compare(src, minigo, workdir):
    """None if Go rejects src, else an Outcome."""
    exe, err = go_build(src, workdir)
    if exe is None:
        return None, err
    gores = run([exe], 20)
    path = os.path.join(workdir, "prog.go")
    mgres = run([minigo, "run", path], 30)
    return Outcome(gores, mgres), None


def minimize(tests, ending, minigo, workdir, deadline):
    """Smallest program that still disagrees: single tests, then lines."""
    cands = []
    for t in tests:
        if time.time() > deadline:
            break
        out, _ = compare(gen.render([t]), minigo, workdir)
        if out is not None and not out.agree():
            cands.append(t)
            if len(cands) >= 3:
                break
    if not cands and ending:
        out, _ = compare(gen.render([], ending), minigo, workdir)
        if out is not None and not out.agree():
            return gen.render([], ending), out
    if not cands:
        return None, None
    name, top, body = cands[0]
    body = list(body)
    top = list(top)
    timed_out = None
    i = len(body) - 1
    while i >= 0 and time.time() < deadline:
        trial = body[:i] + body[i + 1:]
        out, _ = compare(gen.render([(name, top, trial)]), minigo, workdir)
        if out is not None and not out.agree() and (timed_out is None or (out.mg[0] == "timeout") == timed_out):
            body = trial
        i -= 1
    src = gen.render([(name, top, body)])
    out, _ = compare(src, minigo, workdir)
    return src, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", default=os.environ.get("MINIGO", "/tmp/minigo-fuzz"))
    ap.add_argument("--seeds", default=None, help="A:B, seeds A..B-1")
    ap.add_argument("--time", type=float, default=None, help="stop after SECS")
    ap.add_argument("--ntests", type=int, default=30)
    ap.add_argument("--findings", default=os.path.join(HERE, "findings"))
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("-q", action="store_true")
    a = ap.parse_args()
    if shutil.which("go") is None:
        print("run.py: skipped: go is not installed")
        print("0 passed, 0 failed")
        return 0
    minigo = os.path.abspath(a.minigo)
    if a.seeds:
        lo, hi = (int(x) for x in a.seeds.split(":"))
        seeds = iter(range(lo, hi))
    else:
        seeds = iter(range(int(time.time() * 1000) % 10**9, 10**12))
    os.makedirs(a.findings, exist_ok=True)
    start = time.time()
    passed = failed = genbugs = 0
    workdir = tempfile.mkdtemp(prefix="difffuzz-")

    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)   # kill: still print the figures
    try:
        for seed in seeds:
            if a.time is not None and time.time() - start > a.time:
                break
            tests, ending = gen.program(seed, a.ntests)
            src = gen.render(tests, ending)
            out, err = compare(src, minigo, workdir)
            if out is None:
                genbugs += 1
                with open(os.path.join(a.findings, "genbug-%d.go" % seed), "w") as f:
                    f.write(src + "\n/*\n" + err + "*/\n")
                print("seed %d: GENERATOR BUG: %s" % (seed, err.strip().splitlines()[-1][:200]), flush=True)
                continue
            if out.agree():
                passed += 1
                if not a.q:
                    print("seed %d: ok" % seed, flush=True)
                continue
            failed += 1
            summ = out.summary()
            print("seed %d: DISAGREE: %s" % (seed, summ), flush=True)
            d = os.path.join(a.findings, str(seed))
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "prog.go"), "w") as f:
                f.write(src)
            for tag, res in (("go", out.go), ("minigo", out.mg)):
                with open(os.path.join(d, tag + ".out"), "wb") as f:
                    f.write(res[1])
                with open(os.path.join(d, tag + ".err"), "wb") as f:
                    f.write(res[2] + ("\nexit: %s\n" % (res[0],)).encode())
            with open(os.path.join(d, "summary.txt"), "w") as f:
                f.write(summ + "\n")
            if not a.no_minimize:
                msrc, mout = minimize(tests, ending, minigo, workdir, time.time() + 120)
                if msrc:
                    with open(os.path.join(d, "min.go"), "w") as f:
                        f.write(msrc)
                    with open(os.path.join(d, "min.txt"), "w") as f:
                        f.write((mout.summary() if mout else "") + "\n")
                    print("  minimized: %s/min.go: %s" % (d, mout.summary() if mout else "?"), flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    el = time.time() - start
    line = "%s programs=%d failed=%d genbugs=%d seconds=%.0f" % (
        time.strftime("%Y-%m-%dT%H:%M:%S"), passed + failed, failed, genbugs, el)
    with open(os.path.join(a.findings, "stats.log"), "a") as f:
        f.write(line + "\n")
    print(line)
    if failed or genbugs:
        print("disagreements kept in %s (a program: gen.py SEED)" % a.findings)
    print("%d passed, %d failed" % (passed, failed + genbugs))
    return 1 if failed or genbugs else 0


if __name__ == "__main__":
    sys.exit(main())
