#!/usr/bin/env python3
"""Faults a program cannot catch end the way Go ends them, never by a signal.

usage: tests/faults/run.py MINIGO

  sigquit      Ctrl-\\ typed on a real terminal (a pty): "SIGQUIT: quit" and
               every goroutine's trace, exit 2
  oom          an allocation loop under a 2 GB address-space limit:
               "fatal error: runtime: out of memory", exit 2
  oom strings  the same with strings doubling
  output       what a program printed before it sleeps reaches a pipe at
               once (Go's os.Stdout is unbuffered), not at exit

Prints one line per case, then "N passed, N failed"."""

import os
import pty
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

SIGQUIT_PROG = """package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() { <-c }()
	go func() {
		for {
		}
	}()
	fmt.Println("ready")
	time.Sleep(10 * time.Second)
}
"""

OOM_SLICES = """package main

func main() {
	var keep [][]int
	for {
		keep = append(keep, make([]int, 1<<20))
	}
}
"""

OOM_STRINGS = """package main

func main() {
	s := "x"
	for {
		s += s
	}
}
"""


SLEEPER = """package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("first")
	time.Sleep(3 * time.Second)
	fmt.Println("second")
}
"""


def write_prog(src):
    f = tempfile.NamedTemporaryFile("w", suffix=".go", delete=False)
    f.write(src)
    f.close()
    return f.name


def case_sigquit(minigo):
    path = write_prog(SIGQUIT_PROG)
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(minigo, [minigo, "run", path])
    out = b""
    deadline = time.time() + 20
    sent = False
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        if not sent and b"ready" in out:
            # the goroutine that receives may not have run yet (it is then
            # rightly [runnable]): give it a moment to block
            time.sleep(0.3)
            os.write(fd, b"\x1c")   # Ctrl-\: the terminal sends SIGQUIT
            sent = True
    _, status = os.waitpid(pid, 0)
    os.unlink(path)
    text = out.decode("utf-8", "replace").replace("\r\n", "\n")
    problems = []
    if not os.WIFEXITED(status):
        problems.append("ended by signal %d" % os.WTERMSIG(status) if os.WIFSIGNALED(status) else "did not exit")
    elif os.WEXITSTATUS(status) != 2:
        problems.append("exit %d, want 2" % os.WEXITSTATUS(status))
    for want in ("SIGQUIT: quit", "goroutine 1 [sleep]:", "[chan receive]:", "main.main.func2"):
        if want not in text:
            problems.append("no %r in the output" % want)
    return problems, text


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def case_oom(minigo, src):
    path = write_prog(src)
    try:
        p = subprocess.run([minigo, "run", path], capture_output=True, timeout=120,
                           preexec_fn=limit_memory, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        os.unlink(path)
        return ["hung"], ""
    os.unlink(path)
    err = p.stderr.decode("utf-8", "replace")
    problems = []
    if p.returncode < 0:
        problems.append("ended by signal %d" % -p.returncode)
    elif p.returncode != 2:
        problems.append("exit %d, want 2" % p.returncode)
    if not err.startswith("fatal error: runtime: out of memory\n"):
        problems.append("stderr does not begin with Go's out-of-memory line")
    if "goroutine 1 [running]:" not in err:
        problems.append("no trace of goroutine 1")
    return problems, err


def case_output(minigo):
    path = write_prog(SLEEPER)
    p = subprocess.Popen([minigo, "run", path], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    r, _, _ = select.select([p.stdout], [], [], 2)
    line = p.stdout.readline() if r else b""
    p.kill()
    p.wait()
    os.unlink(path)
    if line != b"first\n":
        return ["nothing on the pipe 2 s after the first Println"], line.decode("utf-8", "replace")
    return [], ""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    minigo = os.path.abspath(sys.argv[1])
    cases = [
        ("sigquit", lambda: case_sigquit(minigo)),
        ("oom", lambda: case_oom(minigo, OOM_SLICES)),
        ("oom strings", lambda: case_oom(minigo, OOM_STRINGS)),
        ("output", lambda: case_output(minigo)),
    ]
    if "ASAN_OPTIONS" in os.environ:
        # AddressSanitizer reserves terabytes of address space for its
        # shadow memory: it cannot start under a 2 GB limit
        cases = [c for c in cases if not c[0].startswith("oom")]
        print("skip oom, oom strings: AddressSanitizer build")
    passed = failed = 0
    for name, run in cases:
        problems, text = run()
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
            for line in text.splitlines()[:15]:
                print("    " + line)
        else:
            passed += 1
            print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
