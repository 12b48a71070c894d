#!/usr/bin/env python3
"""test_deep — deeply nested programs never crash the compiler: each runs
(with Go's output) or stops with "exceeded max nesting depth" and exit
status 2. The inputs are generated here, at test time.

The parser refuses a syntax tree deeper than AST_MAX_DEPTH (200000); the
compiler runs on a 1 GiB thread stack, and a stack guard stops what no
bound covers (a chain of declarations each defined by the next) with the
same message (compiler/compile.c).

Installed as $BUILD/tests/test_deep by tests/meson.build, so tests/run runs
it with the unit tests; it finds minigo at $BUILD/cli/minigo (or $MINIGO).
Prints "N passed, N failed" last.
"""
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
minigo = os.path.abspath(os.environ.get("MINIGO", os.path.join(here, "..", "cli", "minigo")))
passed = failed = 0


def prog(body, decls=""):
    return "package main\n\n" + decls + "func main() {\n" + body + "}\n"


CASES = [
    # name, source, expected stdout (None: the nesting error)
    ("100000 parentheses", prog("\tx := 1\n\tprintln(" + "(" * 100000 + "x" + ")" * 100000 + ")\n"), "1\n"),
    ("250000 parentheses", prog("\tx := 1\n\tprintln(" + "(" * 250000 + "x" + ")" * 250000 + ")\n"), None),
    ("100000 unary minus", prog("\tx := 1\n\tprintln(" + "- " * 100000 + "x)\n"), "1\n"),
    ("100001 unary not", prog("\tx := true\n\tprintln(" + "!" * 100001 + "x)\n"), "false\n"),
    ("10000 blocks", prog("\tx := 1\n" + "{" * 10000 + "x++" + "}" * 10000 + "\n\tprintln(x)\n"), "2\n"),
    ("10000 if statements", prog("\tx := 1\n" + "if x > 0 {\n" * 10000 + "x++\n" + "}\n" * 10000 + "\tprintln(x)\n"),
     "2\n"),
    ("150000 if statements", prog("\tx := 1\n" + "if x > 0 {\n" * 150000 + "x++\n" + "}\n" * 150000), None),
    ("5000 for loops", prog("\tx := 1\n" + "for x < 2 {\n" * 5000 + "x++\n" + "}\n" * 5000 + "\tprintln(x)\n"), "2\n"),
    ("5000 function literals", prog("\tx := 1\n" + "func() {\n" * 5000 + "x++\n" + "}()\n" * 5000 + "\tprintln(x)\n"),
     "2\n"),
    ("60000 function literals", prog("\tx := 1\n" + "func() {\n" * 60000 + "x++\n" + "}()\n" * 60000), None),
    ("x+x+... 35000 terms", prog("\tx := 1\n\tprintln(" + "+".join(["x"] * 35000) + ")\n"), "35000\n"),
    ("x+x+... 300000 terms", prog("\tx := 1\n\tprintln(" + "+".join(["x"] * 300000) + ")\n"), None),
    ("&& chain of 100000", prog("\tx := true\n\tprintln(" + "&&".join(["x"] * 100000) + ")\n"), "true\n"),
    ("100000 nested indexes", prog("\ta := []int{0}\n\tprintln(" + "a[" * 100000 + "0" + "]" * 100000 + ")\n"),
     "0\n"),
    ("100000 nested slice types", prog("\tvar v " + "[]" * 100000 + "int\n\tprintln(v == nil)\n"), "true\n"),
    ("30000 nested struct types", prog("\tvar v " + "struct{ f " * 30000 + "int" + "}" * 30000 + "\n\t_ = v\n"), ""),
    ("5000 nested calls", prog("\tprintln(" + "f(" * 5000 + "1" + ")" * 5000 + ")\n",
                               "func f(x int) int { return x + 1 }\n\n"), "5001\n"),
    ("100000 chained constants",
     "package main\n\n" + "".join(f"const c{i} = c{i + 1} + 1\n" for i in range(100000)) +
     "const c100000 = 0\n\nfunc main() { println(c0) }\n", "100000\n"),
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "deep.go")
    for name, src, want in CASES:
        with open(path, "w") as f:
            f.write(src)
        try:
            p = subprocess.run([minigo, "run", path], capture_output=True, text=True, timeout=120,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            failed += 1
            print(f"FAIL {name}: timed out")
            continue
        if want is None:
            ok = p.returncode == 2 and re.fullmatch(r".*deep\.go:\d+:\d+: exceeded max nesting depth\n", p.stderr)
            what = "exit 2, exceeded max nesting depth"
        else:
            ok = p.returncode == 0 and p.stdout + p.stderr == want   # println writes to stderr
            what = f"exit 0, output {want!r}"
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: exit {p.returncode}, stdout {p.stdout[:200]!r}, stderr {p.stderr[:300]!r}; want {what}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
