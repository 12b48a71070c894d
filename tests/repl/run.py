#!/usr/bin/env python3
"""Golden transcripts of `minigo repl` sessions.

usage: tests/repl/run.py MINIGO [FILE.repl...]   (default: tests/repl/*.repl)

A .repl file is one session, fed to `minigo repl` on a pipe (stdin not a
terminal: no prompt, no echo), stderr merged into stdout:

  > TEXT      an input line (TEXT is fed)
  ... TEXT    a continuation line of a multi-line input (TEXT is fed)
  >           an empty input line
  # ...       a comment; in the leading comments, directives:
                # flags: ARGS    extra arguments: minigo repl ARGS
                # env: K=V ...   environment variables
                # exit: N        expected exit status (default 0)
  re:PATTERN  one output line that PATTERN (Python re) fullmatches
  other       one output line, exactly

All input lines are joined with "\\n" plus a final newline; the output is
compared line by line with the expected lines (a unified diff on mismatch).
The run has a 20 s timeout. Runs with cwd = the repository root.
Prints one line per file, then "N passed, N failed"."""

import difflib
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 20


def parse(path):
    """Return (inputs, expected, flags, env, exit_status)."""
    inputs, expected = [], []
    flags, env, status = [], {}, 0
    header = True
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if line.startswith("#"):
            if header:
                m = re.match(r"#\s*(flags|env|exit):\s*(.*)$", line)
                if m:
                    key, val = m.group(1), m.group(2).strip()
                    if key == "flags":
                        flags += shlex.split(val)
                    elif key == "env":
                        for kv in shlex.split(val):
                            k, _, v = kv.partition("=")
                            env[k] = v
                    else:
                        status = int(val)
            continue
        header = False
        if line == ">":
            inputs.append("")
        elif line.startswith("> "):
            inputs.append(line[2:])
        elif line.startswith("... "):
            inputs.append(line[4:])
        else:
            expected.append(line)
    return inputs, expected, flags, env, status


def matches(want, got):
    if want.startswith("re:"):
        try:
            return re.fullmatch(want[3:], got) is not None
        except re.error:
            return False
    return want == got


def run_one(minigo, path):
    """Return None if the transcript passes, else a message."""
    inputs, expected, flags, env, status = parse(path)
    data = "\n".join(inputs) + "\n"
    e = dict(os.environ)
    e.update(env)
    try:
        p = subprocess.run([minigo, "repl"] + flags, input=data.encode(),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           cwd=ROOT, env=e, timeout=TIMEOUT)
        out, rc = p.stdout, p.returncode
        timed_out = False
    except subprocess.TimeoutExpired as t:
        out, rc = t.stdout or b"", None
        timed_out = True
    got = out.decode("utf-8", errors="replace").split("\n")
    if got and got[-1] == "":
        got.pop()
    problems = []
    same = len(got) == len(expected) and all(
        matches(w, g) for w, g in zip(expected, got))
    if not same:
        # show re: lines that matched as the output itself, so the diff
        # points only at the lines that differ
        shown = []
        for i, w in enumerate(expected):
            if i < len(got) and w.startswith("re:") and matches(w, got[i]):
                shown.append(got[i])
            else:
                shown.append(w)
        diff = difflib.unified_diff(shown, got, "expected", "got",
                                    lineterm="")
        problems.append("\n".join(diff))
    if timed_out:
        problems.append("timed out after %d s" % TIMEOUT)
    elif rc != status:
        problems.append("exit status %d, want %d" % (rc, status))
    return "\n".join(problems) if problems else None


def main():
    if len(sys.argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(2)
    minigo = os.path.abspath(sys.argv[1])
    files = sys.argv[2:]
    if not files:
        files = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                       if f.endswith(".repl"))
    passed = failed = 0
    for path in files:
        name = os.path.relpath(os.path.abspath(path), ROOT)
        try:
            msg = run_one(minigo, path)
        except OSError as err:
            msg = str(err)
        if msg is None:
            passed += 1
            print("ok    %s" % name)
        else:
            failed += 1
            print("FAIL  %s" % name)
            for line in msg.split("\n"):
                print("      " + line)
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
