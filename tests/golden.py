#!/usr/bin/env python3
"""Golden-file runner: run Go programs and compare them with the expectation
written in the comment block at the end of each file.

usage: tests/golden.py [-j N] [-t SECONDS] [-v] "INTERP_CMD" files...

INTERP_CMD is split like a shell would split it ("build/cli/minigo run",
"go run").  Each program runs as  INTERP_CMD [FLAGS...] FILE [ARGS...]
with a 20 s limit (-t), the variables of its "// Env:" lines added, and
standard input empty (at EOF) unless "// Stdin:" lines give it.

The expectation block is the run of "//" lines at the very end of the file:

    // Exit: N            exit status wanted (0 when absent)
    // Flags: ARGS        interpreter flags, e.g. -lang=go1.21
    // Env: NAME=VALUE    one environment variable per line
    // Args: ARGS         the program's arguments (after FILE), split as a
                          shell splits words; several lines add up; {dir}
                          stands for the absolute path of FILE's folder
    // Stdin: TEXT        one line of standard input (TEXT and a newline;
                          "// Stdin:" alone is an empty line); the lines
                          are written through a pipe, which is then closed
    // Stdin delay: MS    wait MS milliseconds before writing each Stdin
                          line (a program that reads a slow pipe)
    // Stderr:            each following comment line is a regexp that must
    // REGEXP             match (re.search) at least one line of stderr
    // Output:            every line after this one is stdout, exactly
    // Unordered output:  the same lines, in any order
    // Output (regexp):   line N of stdout must fully match regexp line N

One of the three output headers must be present; it ends the block.  A
comment line's text is what follows "//" minus one space, so "//" alone is
an empty line.

When INTERP_CMD is the real Go toolchain (its first word is "go", ends in
"/go", or is a versioned wrapper such as "go1.22.0"), the expectations are
read as Go's:
  * a file with a "// Flags:" line is skipped (the flags are minigo's);
  * a file whose header (before "package") has the line
    "// loopvar: go1.22 semantics; go1.19 differs" is skipped before go1.22;
  * "go run" exits 1 and reports "exit status N" as its last stderr line when
    the program exits with N: N is taken as the program's status;
  * "go run" exits 1 with no such line when the program does not compile:
    that is taken as status 2, minigo's status for compile errors.  Go names
    the file "./x.go:3:5:" where minigo says "x.go:3:5:", so Stderr regexps
    written without a leading anchor match both.

Prints FAIL (and, with -v, PASS and SKIP) lines in the order of the files,
each failure followed by an indented diff, then the last line
"N passed, N failed".  Exit status 1 when something failed.
"""

import argparse
import collections
import concurrent.futures
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time

TIME_LIMIT = 20          # seconds per program (-t)
DIFF_LINES = 30          # at most this many diff lines per failure
LOOPVAR_LINE = "// loopvar: go1.22 semantics; go1.19 differs"
MODES = {
    "// Output:": "exact",
    "// Unordered output:": "unordered",
    "// Output (regexp):": "regexp",
}


class BadTest(Exception):
    """The file's expectation block cannot be read."""


class Expect:
    def __init__(self):
        self.exit = 0
        self.flags = []
        self.env = {}
        self.args = []
        self.stdin = None     # None: empty; else the lines to feed
        self.stdin_delay = 0.0
        self.stderr = []      # regexps
        self.mode = None      # "exact", "unordered" or "regexp"
        self.stdout = []      # lines (or regexps in "regexp" mode)
        self.loopvar = False  # needs go1.22 loop variables under real Go


def comment_body(line):
    """'// text' -> 'text'; '//text' -> 'text'; '//' -> ''."""
    text = line[2:]
    if text.startswith(" "):
        text = text[1:]
    return text


def read_expect(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    ex = Expect()

    for line in lines:
        if line.startswith("package "):
            break
        if line.strip() == LOOPVAR_LINE:
            ex.loopvar = True

    end = len(lines)
    while end > 0 and lines[end - 1].strip() == "":
        end -= 1
    start = end
    while start > 0 and lines[start - 1].startswith("//"):
        start -= 1
    block = [l.rstrip("\r") for l in lines[start:end]]

    in_stderr = False
    for n, line in enumerate(block):
        key = line.rstrip()
        if key in MODES:
            ex.mode = MODES[key]
            ex.stdout = [comment_body(l) for l in block[n + 1:]]
            break
        if key.startswith("// Exit:"):
            value = key[len("// Exit:"):].strip()
            if not re.fullmatch(r"-?\d+", value):
                raise BadTest("bad Exit line: %r" % key)
            ex.exit = int(value)
            in_stderr = False
        elif key.startswith("// Flags:"):
            ex.flags.extend(shlex.split(key[len("// Flags:"):]))
            in_stderr = False
        elif key.startswith("// Env:"):
            setting = key[len("// Env:"):].strip()
            name, eq, value = setting.partition("=")
            if not eq or not name:
                raise BadTest("bad Env line: %r" % key)
            ex.env[name] = value
            in_stderr = False
        elif key.startswith("// Args:"):
            here = os.path.dirname(os.path.abspath(path))
            ex.args.extend(a.replace("{dir}", here) for a in shlex.split(key[len("// Args:"):]))
            in_stderr = False
        elif key.startswith("// Stdin delay:"):
            value = key[len("// Stdin delay:"):].strip()
            if not re.fullmatch(r"\d+", value):
                raise BadTest("bad Stdin delay line: %r" % key)
            ex.stdin_delay = int(value) / 1000.0
            in_stderr = False
        elif key == "// Stdin:" or line.startswith("// Stdin: "):
            if ex.stdin is None:
                ex.stdin = []
            ex.stdin.append(line[len("// Stdin: "):] if line.startswith("// Stdin: ") else "")
            in_stderr = False
        elif key == "// Stderr:":
            in_stderr = True
        elif in_stderr:
            ex.stderr.append(comment_body(line))

    if ex.mode is None:
        raise BadTest("no // Output: block at end of file")
    patterns = ex.stderr + (ex.stdout if ex.mode == "regexp" else [])
    for p in patterns:
        try:
            re.compile(p)
        except re.error as e:
            raise BadTest("bad regexp %r: %s" % (p, e))
    return ex


def is_go_toolchain(word):
    return re.fullmatch(r"go(\d+(\.\w+)*)?(\.exe)?",
                        os.path.basename(word)) is not None


def toolchain_version(word):
    try:
        text = subprocess.run([word, "version"], capture_output=True,
                              text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"go(\d+)\.(\d+)", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def feed(fd, lines, delay):
    """Write lines to the pipe fd (each after delay seconds), then close it."""
    try:
        for line in lines:
            if delay:
                time.sleep(delay)
            os.write(fd, (line + "\n").encode("utf-8"))
    except OSError:
        pass  # the program closed its end
    finally:
        os.close(fd)


def execute(argv, env, stdin_lines=None, delay=0.0):
    """Run argv with stdin_lines (None: empty input) on a pipe; return
    (status, stdout, stderr, timed_out).  A negative status is the signal
    that killed it, as in subprocess."""
    stdin = subprocess.DEVNULL
    feeder = None
    if stdin_lines is not None:
        rfd, wfd = os.pipe()
        stdin = rfd
    proc = subprocess.Popen(argv, stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)
    if stdin_lines is not None:
        os.close(rfd)
        feeder = threading.Thread(target=feed, args=(wfd, stdin_lines, delay), daemon=True)
        feeder.start()
    timed_out = False
    try:
        out, err = proc.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
    return (proc.returncode, out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"), timed_out)


def lines_of(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def head(text, n=5):
    """The first n non-empty lines of text, for failure reports."""
    got = [l for l in text.split("\n") if l.strip()][:n]
    return got or ["(empty)"]


def stdout_diff(ex, got):
    """None when stdout meets the expectation, else (reason, diff lines)."""
    want = ex.stdout
    if ex.mode == "unordered":
        missing = collections.Counter(want) - collections.Counter(got)
        extra = collections.Counter(got) - collections.Counter(want)
        if not missing and not extra:
            return None
        diff = ["-%s" % l for l in sorted(missing.elements())]
        diff += ["+%s" % l for l in sorted(extra.elements())]
        return ("stdout (unordered): %d line(s) missing, %d unexpected"
                % (sum(missing.values()), sum(extra.values())), diff)
    if ex.mode == "regexp":
        for n in range(max(len(want), len(got))):
            if n >= len(got):
                return ("stdout line %d missing, want /%s/" % (n + 1, want[n]),
                        ["-/%s/" % l for l in want[n:]])
            if n >= len(want):
                return ("stdout line %d unexpected" % (n + 1),
                        ["+%s" % l for l in got[n:]])
            if not re.fullmatch(want[n], got[n]):
                return ("stdout line %d does not match" % (n + 1),
                        ["-/%s/" % want[n], "+%s" % got[n]])
        return None
    if want == got:
        return None
    n = 0
    while n < len(want) and n < len(got) and want[n] == got[n]:
        n += 1
    diff = list(difflib.unified_diff(want, got, "want", "got", lineterm="",
                                     n=2))
    return ("stdout differs from line %d" % (n + 1), diff)


def check(path, cmd, go, gover):
    """Run one file; return (verdict, reason, detail lines)."""
    try:
        ex = read_expect(path)
    except (OSError, UnicodeDecodeError, BadTest) as e:
        return "FAIL", "bad test file: %s" % e, []
    if go and ex.flags:
        return "SKIP", "go has no flags %s" % " ".join(ex.flags), []
    if go and ex.loopvar and (gover is None or gover < (1, 22)):
        return "SKIP", "needs go1.22 loop variables", []

    env = dict(os.environ)
    env.update(ex.env)
    try:
        status, out, err, timed_out = execute(cmd + ex.flags + [path] + ex.args, env,
                                              ex.stdin, ex.stdin_delay)
    except OSError as e:
        return "FAIL", "cannot run %s: %s" % (cmd[0], e), []
    if timed_out:
        return "FAIL", "timed out after %g s" % TIME_LIMIT, \
            ["stdout: " + l for l in head(out)]

    if go and status == 1:
        errs = [l.strip() for l in err.split("\n") if l.strip()]
        m = re.fullmatch(r"exit status (\d+)", errs[-1]) if errs else None
        status = int(m.group(1)) if m else 2

    if status != ex.exit:
        what = ("killed by signal %d" % -status if status < 0
                else "exit status %d" % status)
        return "FAIL", "%s, want %d" % (what, ex.exit), \
            ["stderr: " + l for l in head(err)]

    bad = stdout_diff(ex, lines_of(out))
    if bad:
        return "FAIL", bad[0], bad[1]

    errs = err.split("\n")
    for p in ex.stderr:
        if not any(re.search(p, l) for l in errs):
            return "FAIL", "no stderr line matches /%s/" % p, \
                ["stderr: " + l for l in head(err)]
    return "PASS", None, []


def main():
    global TIME_LIMIT
    ap = argparse.ArgumentParser(
        prog="golden.py", usage='%(prog)s [-j N] [-t SECONDS] [-v] "INTERP_CMD" files...',
        description="Run Go programs against their // Output: comments.")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="programs run at once (default: number of CPUs)")
    ap.add_argument("-t", type=float, default=TIME_LIMIT, metavar="SECONDS",
                    help="time limit per program (default: %d)" % TIME_LIMIT)
    ap.add_argument("-v", action="store_true",
                    help="also print PASS and SKIP lines")
    ap.add_argument("interp", metavar="INTERP_CMD")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    TIME_LIMIT = args.t
    cmd = shlex.split(args.interp)
    if not cmd:
        ap.error("empty INTERP_CMD")
    go = is_go_toolchain(cmd[0])
    gover = toolchain_version(cmd[0]) if go else None

    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
        jobs = [pool.submit(check, f, cmd, go, gover) for f in args.files]
        for path, job in zip(args.files, jobs):
            verdict, reason, detail = job.result()
            if verdict == "PASS":
                passed += 1
                if args.v:
                    print("PASS %s" % path, flush=True)
            elif verdict == "SKIP":
                skipped += 1
                if args.v:
                    print("SKIP %s: %s" % (path, reason), flush=True)
            else:
                failed += 1
                print("FAIL %s: %s" % (path, reason), flush=True)
                for l in detail[:DIFF_LINES]:
                    print("    " + l)
                if len(detail) > DIFF_LINES:
                    print("    ... (%d more lines)" % (len(detail) - DIFF_LINES))
                sys.stdout.flush()
    if skipped:
        print("(%d skipped)" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
