#!/usr/bin/env python3
"""go_check.py — run the golden tests of tests/gotest under real go test.

usage: tests/gotest/go_check.py [files...]   (from the repository root;
                                             default: tests/gotest/*_test.go)

Each file's expectation (tests/golden.py's format) was written for
`minigo test`; this runs `go test FLAGS FILE` instead and checks it meets
the same expectation, so that the goldens are Go's behaviour, not only
minigo's. Differences by design:
  * go test exits 1 for every failure; a file expecting any non-zero
    status accepts 1 (minigo: 2 for a panic or a build failure, os.Exit's
    status as it is);
  * a file whose header has the line "// gotest: the trace is minigo's"
    is skipped (a panic's goroutine trace is each implementation's own).
Prints PASS/FAIL/SKIP per file and "N passed, N failed".
"""
import glob
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden  # noqa: E402

MARK = "// gotest: the trace is minigo's"


def main():
    files = sys.argv[1:] or sorted(glob.glob("tests/gotest/*_test.go"))
    passed = failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if MARK in text.split("\npackage ")[0]:
            print("SKIP %s: the trace is minigo's" % path)
            continue
        ex = golden.read_expect(path)
        env = dict(os.environ)
        env.update(ex.env)
        status, out, err, timed_out = golden.execute(["go", "test"] + ex.flags + [path], env)
        why = None
        if timed_out:
            why = "timed out"
        elif not (status == ex.exit or (status == 1 and ex.exit != 0)):
            why = "exit status %d, want %d" % (status, ex.exit)
        else:
            bad = golden.stdout_diff(ex, golden.lines_of(out))
            if bad:
                why = bad[0] + "\n    " + "\n    ".join(bad[1][:20])
            else:
                for p in ex.stderr:
                    if not any(__import__("re").search(p, l) for l in err.split("\n")):
                        why = "no stderr line matches /%s/" % p
                        break
        if why:
            failed += 1
            print("FAIL %s: %s" % (path, why))
        else:
            passed += 1
            print("PASS %s" % path)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
