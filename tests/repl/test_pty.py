#!/usr/bin/env python3
"""test_pty.py — the REPL on a real terminal (a pseudo-terminal).

    tests/repl/test_pty.py BINARY

Runs BINARY with no arguments on a pty (stdin a tty: the REPL), TERM=xterm,
80x24, MINIGO_HISTORY pointing to a file in a temporary directory, and
types at it: line editing, history across sessions, multi-line input,
goroutine output arriving while the prompt waits, Ctrl-C, Tab completion,
Ctrl-D. What the REPL writes goes through a small terminal emulator
(Screen), so that the checks look at what a user would see: redraws,
erased lines and cursor moves included.

Each check is one test, in a fresh session; every wait has a timeout, and a
session still running at the end is killed. On a failure the check prints
what the screen showed. The last line is "N passed, N failed"; the exit
status is 1 when a check failed.
"""
import os
import pty
import re
import select
import signal
import struct
import sys
import tempfile
import time
import traceback

try:
    import fcntl
    import termios
except ImportError:  # not a POSIX system: nothing to test
    print("0 passed, 0 failed")
    sys.exit(0)

ROWS, COLS = 24, 80
STEP_TIMEOUT = 5.0     # seconds for one expected reaction of the REPL
PROMPT, CONT = "> ", "... "


class Screen:
    """Enough of an xterm for libedit: printable text with auto-margins and
    the pending wrap, CR, LF (scrolling into a scrollback), BS, TAB, and the
    CSI sequences for cursor moves, erasing, inserting and deleting."""

    def __init__(self, rows=ROWS, cols=COLS):
        self.rows, self.cols = rows, cols
        self.lines = [[" "] * cols for _ in range(rows)]
        self.scrollback = []
        self.y = self.x = 0
        self.wrap = False          # the cursor is past the last column
        self.state = "text"
        self.params = ""
        self.utf8 = b""

    def feed(self, data):
        for b in data:
            self._byte(b)

    def _byte(self, b):
        if self.state == "esc":
            self.state = "csi" if b == 0x5B else "text"   # ESC [ or ESC x
            self.params = ""
            return
        if self.state == "csi":
            if 0x40 <= b <= 0x7E:
                self.state = "text"
                self._csi(chr(b), self.params)
            else:
                self.params += chr(b)
            return
        if self.utf8 or b >= 0x80:
            self.utf8 += bytes([b])
            try:
                ch = self.utf8.decode()
            except UnicodeDecodeError:
                if len(self.utf8) >= 4:
                    self.utf8 = b""
                return
            self.utf8 = b""
            self._put(ch)
            return
        if b == 0x1B:
            self.state = "esc"
        elif b == 0x0D:
            self.x, self.wrap = 0, False
        elif b == 0x0A:
            self._linefeed()
        elif b == 0x08:
            if self.x > 0:
                self.x -= 1
            self.wrap = False
        elif b == 0x09:
            self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
        elif b >= 0x20 and b != 0x7F:
            self._put(chr(b))

    def _linefeed(self):
        self.wrap = False
        if self.y == self.rows - 1:
            self.scrollback.append(self.lines.pop(0))
            self.lines.append([" "] * self.cols)
        else:
            self.y += 1

    def _put(self, ch):
        if self.wrap:
            self.x = 0
            self._linefeed()
        self.lines[self.y][self.x] = ch
        if self.x == self.cols - 1:
            self.wrap = True
        else:
            self.x += 1

    def _csi(self, final, params):
        private = params.startswith("?")
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip("?").split(";")]
        n = nums[0] or 1
        line = self.lines[self.y]
        if private or final in "mhlr":
            pass
        elif final == "A":
            self.y = max(0, self.y - n)
        elif final == "B":
            self.y = min(self.rows - 1, self.y + n)
        elif final == "C":
            self.x = min(self.cols - 1, self.x + n)
        elif final == "D":
            self.x = max(0, self.x - n)
        elif final == "G":
            self.x = min(self.cols - 1, n - 1)
        elif final in "Hf":
            col = nums[1] if len(nums) > 1 and nums[1] else 1
            self.y, self.x = min(self.rows, n) - 1, min(self.cols, col) - 1
        elif final == "K":
            mode = nums[0]
            lo, hi = {0: (self.x, self.cols), 1: (0, self.x + 1), 2: (0, self.cols)}.get(mode, (0, 0))
            for i in range(lo, hi):
                line[i] = " "
        elif final == "J":
            mode = nums[0]
            if mode == 0:
                for i in range(self.x, self.cols):
                    line[i] = " "
                for r in range(self.y + 1, self.rows):
                    self.lines[r] = [" "] * self.cols
            elif mode in (2, 3):
                self.lines = [[" "] * self.cols for _ in range(self.rows)]
        elif final == "P":
            del line[self.x:self.x + n]
            line.extend([" "] * (self.cols - len(line)))
        elif final == "@":
            for _ in range(n):
                line.insert(self.x, " ")
            del line[self.cols:]
        elif final == "X":
            for i in range(self.x, min(self.cols, self.x + n)):
                line[i] = " "
        if final != "m":
            self.wrap = False

    def text_lines(self):
        """Scrollback and screen, trailing blanks and empty last rows cut."""
        out = ["".join(l).rstrip() for l in self.scrollback + self.lines]
        while out and not out[-1]:
            out.pop()
        return out

    def cursor_line(self):
        return "".join(self.lines[self.y]).rstrip()

    def dump(self):
        return "\n".join("    |" + l for l in self.text_lines()) + \
            "\n    (cursor at row %d, column %d)" % (self.y, self.x)


class Failure(Exception):
    pass


class Session:
    """BINARY on a pty, with what it writes fed to a Screen."""

    def __init__(self, binary, history, extra_env=None):
        env = dict(os.environ)
        env.update({"TERM": "xterm", "MINIGO_HISTORY": history,
                    "LINES": str(ROWS), "COLUMNS": str(COLS)})
        env.update(extra_env or {})
        self.screen = Screen()
        self.raw = b""
        self.status = None
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.execve(binary, [binary], env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))

    def _pump(self, timeout):
        """Reads what is there within timeout; False at the end of output."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            return False
        self.raw += data
        self.screen.feed(data)
        return True

    def send(self, data, pause=0.05):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.fd, data)
        self.settle(pause)

    def type(self, text):
        """Types text a key at a time, as a person would."""
        for ch in text:
            self.send(ch, pause=0.01)

    def settle(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            if not self._pump(max(0.0, end - time.time())):
                break

    def wait(self, what, pred, timeout=STEP_TIMEOUT):
        end = time.time() + timeout
        while True:
            if pred():
                return
            left = end - time.time()
            if left <= 0:
                raise Failure("timed out waiting for " + what)
            if not self._pump(min(left, 0.05)):
                if pred():
                    return
                raise Failure("the REPL ended while waiting for " + what)

    def wait_text(self, text, timeout=STEP_TIMEOUT, after=0):
        """Waits until a screen line at or after line index `after` contains
        text; returns that line's index."""
        found = []

        def pred():
            lines = self.screen.text_lines()
            for i in range(after, len(lines)):
                if text in lines[i]:
                    found.append(i)
                    return True
            return False
        self.wait(repr(text), pred, timeout)
        return found[0]

    def wait_prompt(self, prompt=PROMPT, line="", timeout=STEP_TIMEOUT):
        """Waits until the cursor's line is the prompt followed by line."""
        want = (prompt + line).rstrip()
        self.wait("the prompt %r" % (prompt + line),
                  lambda: self.screen.cursor_line() == want, timeout)

    def cooked(self):
        """Whether the terminal is in canonical mode with echo (on Linux the
        master reads the slave's settings)."""
        lflag = termios.tcgetattr(self.fd)[3]
        return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)

    def nlines(self):
        return len(self.screen.text_lines())

    def wait_exit(self, timeout=STEP_TIMEOUT):
        end = time.time() + timeout
        while time.time() < end:
            self._pump(0.05)
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = st
                return os.waitstatus_to_exitcode(st)
        raise Failure("the REPL did not exit")

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


# ---- The checks: each gets a started Session and raises Failure ----

def check_editing(s):
    """Left and Backspace inside the line: 1+32, Left, Backspace -> 1+2."""
    s.type("1+32")
    s.send(b"\x1b[D")       # Left: the cursor before the 2
    s.send(b"\x7f")         # Backspace: deletes the 3
    s.wait_prompt(line="1+2")
    s.send(b"\x01")         # Ctrl-A, then Ctrl-E: to the start and back
    s.send(b"\x05")
    mark = s.nlines() - 1
    s.send("\r")
    s.wait_text("3 // int", after=mark)
    s.wait_prompt()


def check_multiline(s):
    """A function over three lines: the continuation prompt, then f()."""
    s.type("func f() int {\r")
    s.wait_prompt(CONT)
    s.type("return 7\r")
    s.wait_prompt(CONT)
    s.type("}\r")
    s.wait_prompt()
    mark = s.nlines() - 1
    s.type("f()\r")
    s.wait_text("7 // int", after=mark)
    s.wait_prompt()


def check_goroutine_output(s):
    """A goroutine prints while the prompt waits: the output shows above a
    redrawn prompt, and the half-typed line survives the redraw."""
    s.type('go func(){ time.Sleep(300*time.Millisecond); fmt.Println("tick") }()\r')
    s.wait_prompt(timeout=2)
    mark = s.nlines() - 1
    i = s.wait_text("tick", after=mark, timeout=3)
    s.wait_prompt()
    lines = s.screen.text_lines()
    if lines[i] != "tick" or lines[-1] != PROMPT.rstrip():
        raise Failure("'tick' is not on its own line above the prompt")
    # Again, with a line being typed when the output arrives.
    s.type('go func(){ time.Sleep(500*time.Millisecond); fmt.Println("tock") }()\r')
    s.wait_prompt(timeout=2)
    mark = s.nlines() - 1
    s.type("20+")
    s.wait_text("tock", after=mark, timeout=3)
    s.wait_prompt(line="20+")
    s.type("22\r")
    s.wait_text("42 // int", after=mark)
    lines = s.screen.text_lines()
    if any(l.startswith(PROMPT + "20+") and l != PROMPT + "20+22" for l in lines[mark:]):
        raise Failure("a stale copy of the edited line is left on the screen")


def check_interrupt(s):
    """Ctrl-C stops a loop that never yields (GOMAXPROCS=1); the session
    goes on. Ctrl-C at the prompt clears the line."""
    s.wait("raw mode at the prompt", lambda: not s.cooked())
    s.type("for {}\r")
    s.settle(0.5)
    if not s.cooked():
        raise Failure("the terminal is not in cooked mode (ICANON, ECHO) while an input runs")
    s.send(b"\x03")
    s.wait_prompt(timeout=3)
    mark = s.nlines() - 1
    s.type("1+1\r")
    s.wait_text("2 // int", after=mark)
    s.wait_prompt()
    s.type("99+")
    s.send(b"\x03")
    s.wait_prompt()
    mark = s.nlines() - 1
    s.type("3+4\r")
    s.wait_text("7 // int", after=mark)


def check_completion(s):
    """Tab completes a package member and a name declared in the session."""
    s.type("strings.ToU\t")
    s.wait_prompt(line="strings.ToUpper")
    s.send(b"\x15")        # Ctrl-U: kill the line
    s.wait_prompt()
    s.type("myLongName := 40\r")
    s.wait_prompt()
    s.type("myLo\t")
    s.wait_prompt(line="myLongName")
    mark = s.nlines() - 1
    s.type("+2\r")
    s.wait_text("42 // int", after=mark)


def check_ctrl_d(s):
    """Ctrl-D on an empty line ends the session, exit status 0."""
    s.send(b"\x04")
    code = s.wait_exit()
    if code != 0:
        raise Failure("exit status %d" % code)


def check_history(binary, history):
    """The Up arrow recalls an entry of an earlier session, and a
    multi-line entry comes back whole."""
    first = Session(binary, history)
    try:
        first.wait_prompt()
        first.type("func g() int {\r")
        first.wait_prompt(CONT)
        first.type("return 8\r")
        first.wait_prompt(CONT)
        first.type("}\r")
        first.wait_prompt()
        first.type("40+2\r")
        first.wait_text("42 // int")
        first.wait_prompt()
        first.send(b"\x04")
        first.wait_exit()
    except Failure as f:
        raise Failure("first session: %s\n%s" % (f, first.screen.dump()))
    finally:
        first.close()
    s = Session(binary, history)
    try:
        s.wait_prompt()
        s.send(b"\x1b[A")
        s.wait_prompt(line="40+2")
        s.send(b"\x1b[A")
        s.wait("the entry of g recalled whole",
               lambda: s.screen.text_lines()[-3:] == [PROMPT + "func g() int {", "return 8", "}"])
        s.send("\r")
        s.wait_prompt()
        mark = s.nlines() - 1
        s.type("g()\r")
        s.wait_text("8 // int", after=mark)
        s.wait_prompt()
    except Failure as f:
        raise Failure("second session: %s\n%s" % (f, s.screen.dump()))
    finally:
        s.close()


CHECKS = [
    ("line editing: Left and Backspace", check_editing, {}),
    ("multi-line input with the continuation prompt", check_multiline, {}),
    ("goroutine output while the prompt waits", check_goroutine_output, {}),
    ("Ctrl-C stops for {} (GOMAXPROCS=1) and clears the line", check_interrupt, {"GOMAXPROCS": "1"}),
    ("Tab completion", check_completion, {}),
    ("Ctrl-D exits with status 0", check_ctrl_d, {}),
]


def main():
    if len(sys.argv) != 2:
        print("usage: test_pty.py BINARY", file=sys.stderr)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        history = os.path.join(tmp, "history")

        def report(name, err):
            nonlocal passed, failed
            if err is None:
                passed += 1
                print("ok    " + name)
            else:
                failed += 1
                print("FAIL  " + name + ": " + err)

        for name, check, env in CHECKS:
            s = Session(binary, history, env)
            try:
                s.wait_prompt()
                check(s)
                report(name, None)
            except Failure as f:
                report(name, "%s\n  the screen:\n%s" % (f, s.screen.dump()))
            except Exception:
                report(name, "%s\n  the screen:\n%s" % (traceback.format_exc(), s.screen.dump()))
            finally:
                s.close()
        try:
            check_history(binary, os.path.join(tmp, "history2"))
            report("history across sessions (Up arrow)", None)
        except Failure as f:
            report("history across sessions (Up arrow)", str(f))
        except Exception:
            report("history across sessions (Up arrow)", traceback.format_exc())
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
