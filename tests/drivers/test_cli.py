#!/usr/bin/env python3
"""test_cli — how the minigo command reports a program it cannot read, in
the words of `go run` (checked against go1.26): a directory, a missing
file, an unreadable file, standard input that is a directory. Exit status
2, minigo's status for a program that does not compile (`go run` exits 1).

Installed as $BUILD/tests/test_cli by tests/meson.build, so tests/run runs
it with the unit tests; it finds minigo at $BUILD/cli/minigo (or $MINIGO).
Prints "N passed, N failed" last.
"""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
minigo = os.path.abspath(os.environ.get("MINIGO", os.path.join(here, "..", "cli", "minigo")))
passed = failed = 0


def check(name, args, want_err, want_rc=2, stdin=subprocess.DEVNULL, cwd=None):
    global passed, failed
    p = subprocess.run([minigo] + args, stdin=stdin, capture_output=True, text=True, timeout=60, cwd=cwd)
    if p.returncode == want_rc and p.stderr == want_err:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: exit {p.returncode} (want {want_rc}), stderr {p.stderr!r} (want {want_err!r})")


with tempfile.TemporaryDirectory() as tmp:
    d = os.path.join(tmp, "dir.go")
    os.mkdir(d)
    check("directory named .go", ["run", d], f"{d} is a directory, should be a Go file\n")
    check("directory, relative", ["run", "dir.go"], "dir.go is a directory, should be a Go file\n", cwd=tmp)
    check("directory without run", ["dir.go"], "dir.go is a directory, should be a Go file\n", cwd=tmp)
    check("directory /", ["run", "/"], "/ is a directory, should be a Go file\n")
    check("disasm of a directory", ["disasm", d], f"{d} is a directory, should be a Go file\n")
    missing = os.path.join(tmp, "missing.go")
    check("missing file", ["run", missing], f"stat {missing}: no such file or directory\n")
    check("missing directory", ["run", "nodir/x.go"], "stat nodir/x.go: no such file or directory\n", cwd=tmp)
    notdir = os.path.join(tmp, "plain.go")
    with open(notdir, "w") as f:
        f.write("package main\n\nfunc main() { println(\"hi\") }\n")
    check("a file used as a directory", ["run", notdir + "/x.go"], f"stat {notdir}/x.go: not a directory\n")
    check("a plain file runs", ["run", notdir], "hi\n", want_rc=0)
    if os.geteuid() != 0:   # root reads anything
        os.chmod(notdir, 0)
        check("unreadable file", ["run", notdir], f"minigo: open {notdir}: permission denied\n")
        os.chmod(notdir, 0o644)
    fd = os.open(d, os.O_RDONLY)
    try:
        check("stdin is a directory", [], "minigo: read -: is a directory\n", stdin=fd)
    finally:
        os.close(fd)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
