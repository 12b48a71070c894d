#!/usr/bin/env python3
"""trace_browser — the HTML trace page (sched/trace_viewer.html), in a real
browser: headless Chromium loads the page, and the test reads what it drew
from <pre id="viewer-state"> (a JSON copy of window.viewer) in the DOM that
`chromium --dump-dom` prints.

usage: tests/trace_browser.py MINIGO_BINARY OUT_DIR
       tests/trace_browser.py --sample [MINIGO_BINARY] OUT_DIR

Without --sample, the shape trace is the real one: it runs, in the
repository's top folder,
    GOMAXPROCS=2 MINIGO_BINARY run -trace=OUT_DIR/shape.html tests/trace/shape.go
With --sample, the page is built from the template here, with synthetic data
in docs/TRACE.md's format shaped like shape.go's (the binary is not run).
Either way the large trace (100,000 goroutines, about 500,000 slices) is
synthetic, made here into OUT_DIR (never committed), and its load time is
measured and printed.

Checks, one line each (`ok  name` or `FAIL name: why`), then
"N passed, N failed" (", N skipped") last:
  embed      sched/embed_html.py's header, compiled, gives back the page's
             two halves byte for byte (skipped without a C compiler)
  shape      exactly 2 P rows; the table lists the 5 goroutines (G1, main,
             and the 4 workers, by function); slices drawn; at least one
             preemption marker in the whole-trace view; the cruncher,
             selected, has at least 2 slices highlighted (it was preempted);
             main, selected, has at least one unpark arrow (the last
             wg.Done woke it); no script errors; a screenshot
  input      on shape's page: wheel up zooms in and keeps the time under
             the cursor; a drag pans by what it moved; a click on a slice
             selects its G; hovering it shows its G, creation line, run
             times and why it stopped (real DOM events, sent by the page's
             hooks)
  template   the page without data says so; a truncated trace's banner
  large      ready within LOAD_BUDGET_MS; 100,000 table rows listed but only
             a screenful in the DOM; slices folded into busy columns at
             full view; frames (assorted zooms, with and without the busiest
             goroutine selected): 90% within FRAME_BUDGET_MS
"""
import collections
import heapq
import html.parser
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEMPLATE = os.path.join(ROOT, "sched", "trace_viewer.html")
EMBED = os.path.join(ROOT, "sched", "embed_html.py")
SHAPE_GO = os.path.join(HERE, "trace", "shape.go")
PLACEHOLDER = "/*@TRACE_DATA@*/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
WINDOW = (1400, 900)
LOAD_BUDGET_MS = 8000     # the page's own load time (navigation start to ready), 100k goroutines
FRAME_BUDGET_MS = 50      # the bench's 90th-percentile frame, 100k goroutines (the
                          # slowest one is printed: on a loaded 2-core machine it is noise)
SHAPE_WORKERS = ["main.cruncher", "main.producer", "main.consumer", "main.sleeper"]
# G 1's function: minigo's recorder says runtime.main (as Go's tracer does);
# docs/TRACE.md's example says main.main
SHAPE_MAIN = ("runtime.main", "main.main")

passed = failed = skipped = 0


def check(name, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok  {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {why}")
    return ok


def skip(name, why):
    global skipped
    skipped += 1
    print(f"skip {name}: {why}")


# ---- synthetic traces, in docs/TRACE.md's format ----
#
# A small discrete-event scheduler: Ps take the earliest runnable G; each G
# follows a plan of turns (run for d ns, then stop for a reason). Starts
# come out in time order, so the slices are sorted by start as the format
# says. Parked Gs are woken by a G running on another P (an unpark flow
# from it) or by a timer (a flow from G 0 and a timer instant).

MS = 1_000_000
US = 1_000


class Strings:
    def __init__(self):
        self.list, self.index = [], {}

    def __call__(self, s):
        if s not in self.index:
            self.index[s] = len(self.list)
            self.list.append(s)
        return self.index[s]


class G:
    def __init__(self, gid, fn, line, creator, created, plan):
        self.id, self.fn, self.line, self.creator, self.created = gid, fn, line, creator, created
        self.plan = plan            # iterator of (duration, stop, extras)
        self.ran = 0
        self.last_end = created
        self.last_reason = -1
        self.ready_p = 0            # the P whose queue it was put on
        self.flow = None            # index of the unpark flow waiting for its next start
        self.stack = 8192


class Sim:
    def __init__(self, program, nprocs, seed, gc_every=None, procs_change=None):
        self.rng = random.Random(seed)
        self.s = Strings()
        self.program = program
        self.nprocs = self.active = nprocs
        self.free = [0] * nprocs
        self.gs, self.byid = [], {}
        self.runq = []              # (ready time, seq, G)
        self.parked = collections.deque()   # (park time, G): waiting for another G to wake it
        self.seq = 0
        self.last_ready = 0
        self.slices, self.flows, self.instants, self.counters = [], [], [], []
        self.gc_every, self.next_gc, self.gc_pause = gc_every, gc_every or 0, 0
        self.procs_change = procs_change       # (time, new GOMAXPROCS) or None
        self.heap = 4 << 20
        self.totals = dict(goroutines=0, steals=0, preemptions=0, gcs=0, gc_pause=0,
                           stack_growths=0, stack_shrinks=0)

    def go(self, creator, at, fn, line, plan, p):
        gid = len(self.gs) + 1
        g = G(gid, self.s(fn), self.s(line), creator.id if creator else 0, at, plan)
        g.ready_p = p
        self.gs.append(g)
        self.byid[gid] = g
        self.ready(g, at, p)
        return g

    def ready(self, g, t, p):
        g.ready_p = p
        self.seq += 1
        heapq.heappush(self.runq, (t, self.seq, g))

    def pick_p(self):
        return min(range(self.active), key=lambda p: self.free[p])

    def run(self):
        while self.runq or self.parked:
            if not self.runq:
                self.wake_by_timer(*self.parked.popleft())
                continue
            ready, _, g = heapq.heappop(self.runq)
            self.last_ready = ready
            self.turn(g, ready)
        end = max(self.free)
        self.duration = end + 2 * US

    def turn(self, g, ready):
        p = self.pick_p()
        start = max(self.free[p], ready) + 300
        self.maybe_gc(start)
        self.maybe_procs(start)
        if p >= self.active:
            p = self.pick_p()
            start = max(self.free[p], start)
        try:
            dur, stop, extras = next(g.plan)
        except StopIteration:
            dur, stop, extras = 1 * US, "exited", {}
        end = start + dur
        self.free[p] = end
        if g.flow is not None:
            f = self.flows[g.flow]
            f[3], f[4] = start, p
            g.flow = None
        if 0 <= g.ready_p != p and self.rng.random() < extras.get("steal_odds", 0.04):
            self.instants.append([1, p, 0, start, g.ready_p, 1])
            self.totals["steals"] += 1
        self.counters.append([start, len(self.runq), self.heap])
        self.do_extras(g, extras, start, end, p)
        reason = self.stop_reason(g, stop, end, p)
        m = p + 1 if self.rng.random() < 0.95 else self.nprocs + 1
        self.slices.append([p, g.id, start, end, self.s(reason), m])
        g.ran += end - start
        g.last_end, g.last_reason = end, self.s(reason)
        self.heap += self.rng.randint(0, 64 << 10)

    def stop_reason(self, g, stop, end, p):
        kind = stop[0] if isinstance(stop, tuple) else stop
        if kind == "preempted":
            self.instants.append([0, p, g.id, end, 0, 0])
            self.totals["preemptions"] += 1
            self.ready(g, end, -1)
            return "preempted"
        if kind == "yield":
            self.ready(g, end, p)
            return "yield"
        if kind == "sleep":
            self.wake_at(g, end + stop[1], p)
            return "sleep"
        if kind == "parked":
            if stop[1] == "sync.WaitGroup.Wait":
                self.waiter = (g, p)
            else:
                self.parked.append((end, g))
            return stop[1]
        return "exited"

    def do_extras(self, g, extras, start, end, p):
        for k in range(extras.get("spawn", 0)):
            at = start + (end - start) * (k + 1) // (extras["spawn"] + 1)
            fn, line, plan = extras["child"](k)
            self.go(g, at, fn, line, plan, p)
        for k in range(extras.get("grow", 0)):
            at = start + (end - start) * (k + 1) // (extras["grow"] + 2)
            self.instants.append([2, p, g.id, at, g.stack, g.stack * 2])
            g.stack *= 2
            self.totals["stack_growths"] += 1
        self.wake_some(g, start, end, p, extras.get("wakes", 1))
        if extras.get("done"):
            self.done(g, end, p)

    # a running G wakes parked ones that parked before the moment it wakes them
    def wake_some(self, g, start, end, p, n):
        for _ in range(n):
            if not self.parked or self.parked[0][0] > end:
                return
            parked_at, target = self.parked.popleft()
            u = max(start, parked_at) + self.rng.randint(0, max(1, (end - max(start, parked_at)) // 2))
            self.flows.append([g.id, u, target.id, u, p])
            target.flow = len(self.flows) - 1
            self.ready(target, u, p)

    def wake_at(self, g, t, p):
        self.flows.append([0, t, g.id, t, p])
        g.flow = len(self.flows) - 1
        self.instants.append([7, p, g.id, t, 0, 0])
        self.ready(g, t, p)

    def wake_by_timer(self, parked_at, g):
        t = max(parked_at + 5 * US, self.last_ready)
        self.wake_at(g, t, g.ready_p if g.ready_p >= 0 else 0)

    # the WaitGroup: the last worker's exit wakes main
    def done(self, g, end, p):
        self.pending -= 1
        if self.pending == 0 and getattr(self, "waiter", None):
            w, _ = self.waiter
            self.flows.append([g.id, end - 200, w.id, end, p])
            w.flow = len(self.flows) - 1
            self.ready(w, end - 200 if end - 200 > w.last_end else end, p)
            self.waiter = None

    def maybe_gc(self, t):
        if not self.gc_every or t < self.next_gc:
            return
        pause = self.rng.randint(200 * US, 900 * US)
        before, after = self.heap, self.heap // 3
        self.instants.append([4, -1, 0, t, before, 0])
        self.instants.append([5, -1, 0, t + pause, after, 0])
        for g in self.rng.sample(self.gs, min(3, len(self.gs))):
            if g.stack > 8192:
                self.instants.append([3, -1, g.id, t + pause // 2, g.stack, g.stack // 2])
                g.stack //= 2
                self.totals["stack_shrinks"] += 1
        self.heap = after
        self.counters.append([t + pause, len(self.runq), self.heap])
        self.totals["gcs"] += 1
        self.totals["gc_pause"] += pause
        self.next_gc = t + self.gc_every

    def maybe_procs(self, t):
        if not self.procs_change or t < self.procs_change[0]:
            return
        _, n = self.procs_change
        self.instants.append([6, -1, 0, t, n, 0])
        self.active = n
        self.procs_change = None

    def trace(self, gomaxprocs):
        s = self.s
        goroutines = []
        for g in self.gs:
            waited = max(0, g.last_end - g.created - g.ran)
            goroutines.append([g.id, g.fn, g.line, g.creator, g.created, g.ran, waited, g.last_reason])
        self.totals["goroutines"] = len(self.gs)
        self.counters.sort(key=lambda c: c[0])
        starts = [sl[2] for sl in self.slices]
        assert starts == sorted(starts), "synthetic slices out of start order"
        return {
            "version": 1, "program": self.program, "gomaxprocs": gomaxprocs,
            "nprocs": self.nprocs, "nthreads": self.nprocs + 1, "duration": self.duration,
            "truncated": False, "strings": s.list, "goroutines": goroutines,
            "slices": [x for sl in self.slices for x in sl],
            "flows": [x for f in self.flows for x in f],
            "instants": [x for i in sorted(self.instants, key=lambda i: i[3]) for x in i],
            "counters": [x for c in self.counters for x in c],
            "totals": self.totals,
        }


def go_lines():
    """function: "tests/trace/shape.go:N" of the go statement starting it"""
    out = {}
    with open(SHAPE_GO) as f:
        for n, text in enumerate(f, 1):
            words = text.split()
            if words[:1] == ["go"]:
                out["main." + words[1].split("(")[0]] = f"tests/trace/shape.go:{n}"
    return out


def shape_trace(seed=1):
    """shape.go's trace as minigo would record it: main starts cruncher,
    producer, consumer and sleeper on 2 Ps and waits on a WaitGroup."""
    sim = Sim("tests/trace/shape.go", 2, seed, gc_every=None)
    rng = sim.rng

    def cruncher():
        for _ in range(3):
            yield 10 * MS + rng.randint(0, 2 * MS), "preempted", {"wakes": 0}
        yield 9 * MS, "exited", {"done": True, "wakes": 0}

    def pingpong(reason):
        for _ in range(50):
            yield rng.randint(2 * US, 6 * US), ("parked", reason), {"wakes": 1}
        yield 3 * US, "exited", {"done": True}

    def sleeper():
        yield 4 * US, ("sleep", 5 * MS), {}
        yield 180 * US, "exited", {"grow": 3, "done": True}

    line = go_lines()
    kids = [(fn, line[fn], plan) for fn, plan in
            [("main.cruncher", cruncher()), ("main.producer", pingpong("chan send")),
             ("main.consumer", pingpong("chan receive")), ("main.sleeper", sleeper())]]

    def main():
        yield 60 * US, ("parked", "sync.WaitGroup.Wait"), {"spawn": 4, "child": lambda k: kids[k], "wakes": 0}
        yield 150 * US, "exited", {"wakes": 0}

    sim.pending = 4
    sim.go(None, 0, "runtime.main", "", main(), 0)
    sim.run()
    # runtime.GC() at the end of main
    t = sim.slices[-1][2] + 20 * US
    sim.instants += [[4, -1, 0, t, sim.heap, 0], [5, -1, 0, t + 90 * US, sim.heap // 2, 0]]
    sim.totals["gcs"] += 1
    sim.totals["gc_pause"] += 90 * US
    return sim.trace(2)


def large_trace(n=100_000, nprocs=4, seed=7):
    """A big program: main spawns n-1 goroutines in batches; each runs 1 to 9
    short turns (about 5 on average: ~500,000 slices), parking on channels,
    mutexes and sleeps; eight CPU-bound ones get preempted; GC every 40 ms;
    GOMAXPROCS drops from 4 to 3 at 400 ms."""
    sim = Sim("bench/many.go", nprocs, seed, gc_every=40 * MS, procs_change=(400 * MS, 3))
    rng = sim.rng
    reasons = [("parked", "chan receive"), ("parked", "chan send"), ("parked", "select"),
               ("parked", "sync.Mutex.Lock"), "yield", "sleep"]

    def worker():
        turns = rng.randint(1, 9)
        for k in range(turns - 1):
            r = rng.choice(reasons)
            if r == "sleep":
                r = ("sleep", rng.randint(10 * US, 2 * MS))
            yield int(rng.expovariate(1 / (3 * US))) + 200, r, {"grow": 1 if rng.random() < 0.03 else 0}
        yield int(rng.expovariate(1 / (3 * US))) + 200, "exited", {"done": True}

    def cpu():
        for _ in range(3):
            yield 10 * MS + rng.randint(0, MS), "preempted", {"wakes": 0}
        yield 4 * MS, "exited", {"done": True, "wakes": 0}

    def child(k):
        if k % 12_000 == 5:
            return "main.crunch", "bench/many.go:40", cpu()
        fn = ["main.worker", "main.fetch", "main.merge", "main.handle"][k % 4]
        return fn, f"bench/many.go:{50 + k % 4 * 7}", worker()

    batch = 500
    counter = iter(range(n - 1))

    def spawn(k):
        return child(next(counter))

    def main():
        left = n - 1
        while left > 0:
            b = min(batch, left)
            left -= b
            yield b * 900, "yield" if left else ("parked", "sync.WaitGroup.Wait"), {"spawn": b, "child": spawn, "wakes": 0}
        yield 50 * US, "exited", {"wakes": 0}

    sim.pending = n - 1
    sim.go(None, 0, "main.main", "bench/many.go:1", main(), 0)
    sim.run()
    return sim.trace(nprocs)


# ---- pages ----

def template_halves():
    with open(TEMPLATE, encoding="utf-8") as f:
        text = f.read()
    head, sep, tail = text.partition(PLACEHOLDER)
    return head, tail


def write_page(path, trace):
    """What the recorder does: head, `const TRACE = {...};`, tail. "</" is
    written "<\\/" so that no string can close the <script>."""
    head, tail = template_halves()
    data = json.dumps(trace, separators=(",", ":")).replace("</", "<\\/")
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "const TRACE = " + data + ";" + tail)


class Dom(html.parser.HTMLParser):
    """The parts of the dumped DOM the checks read: #viewer-state's text and
    the cells of the goroutine table's rendered rows."""

    def __init__(self):
        super().__init__()
        self.state, self.rows = "", []
        self.in_state = False
        self.depth = 0              # inside #twindow: the <div> nesting
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "pre" and a.get("id") == "viewer-state":
            self.in_state = True
        if tag != "div":
            return
        if self.depth:
            self.depth += 1
            if self.depth == 2:
                self.rows.append([])
            elif self.depth == 3:
                self.cell = []
        elif a.get("id") == "twindow":
            self.depth = 1

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_state = False
        if tag == "div" and self.depth:
            if self.depth == 3 and self.cell is not None:
                self.rows[-1].append("".join(self.cell).strip())
                self.cell = None
            self.depth -= 1

    def handle_data(self, data):
        if self.in_state:
            self.state += data
        if self.cell is not None:
            self.cell.append(data)


def chromium(args, timeout=240):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           f"--window-size={WINDOW[0]},{WINDOW[1]}"] + args
    with tempfile.TemporaryDirectory() as profile:
        cmd.insert(1, f"--user-data-dir={profile}")
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def load(page, fragment=""):
    """(state dict or None, table rows, seconds, error text)"""
    url = "file://" + os.path.abspath(page) + (("#" + fragment) if fragment else "")
    t = time.monotonic()
    p = chromium(["--dump-dom", url])
    secs = time.monotonic() - t
    dom = Dom()
    dom.feed(p.stdout)
    try:
        return json.loads(dom.state), dom.rows, secs, ""
    except ValueError:
        return None, dom.rows, secs, f"no #viewer-state in the DOM (exit {p.returncode}): {p.stderr[-400:]}"


def screenshot(page, png, fragment=""):
    url = "file://" + os.path.abspath(page) + (("#" + fragment) if fragment else "")
    chromium([f"--screenshot={os.path.abspath(png)}", url])
    return os.path.exists(png) and os.path.getsize(png) > 1000


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


# ---- the checks ----

def check_embed(out):
    cc = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        skip("embed", "no C compiler")
        return
    header = os.path.join(out, "trace_viewer_html.h")
    p = subprocess.run([sys.executable, EMBED, TEMPLATE, header], capture_output=True, text=True)
    if not check("embed: embed_html.py runs", p.returncode == 0, p.stderr.strip()):
        return
    prog = os.path.join(out, "embed_check.c")
    with open(prog, "w") as f:
        f.write('#include <stdio.h>\n#include "trace_viewer_html.h"\n'
                "int main(void) {\n"
                "    fwrite(trace_viewer_head, 1, sizeof trace_viewer_head - 1, stdout);\n"
                '    fputs("@@", stdout);\n'
                "    fwrite(trace_viewer_tail, 1, sizeof trace_viewer_tail - 1, stdout);\n"
                "    return 0;\n}\n")
    exe = os.path.join(out, "embed_check")
    p = subprocess.run([cc, "-std=gnu11", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-o", exe, prog],
                       capture_output=True, text=True)
    if not check("embed: header compiles without warnings", p.returncode == 0, p.stderr.strip()[:600]):
        return
    got = subprocess.run([exe], capture_output=True).stdout
    head, tail = template_halves()
    want = (head + "@@" + tail).encode("utf-8")
    check("embed: head and tail are the page's halves", got == want,
          f"{len(got)} bytes back, {len(want)} wanted")


def make_shape_page(args, out):
    page = os.path.join(out, "shape.html")
    if os.path.exists(page):
        os.remove(page)
    if args.sample:
        write_page(page, shape_trace())
        return page
    env = dict(os.environ, GOMAXPROCS="2")
    p = subprocess.run([args.binary, "run", f"-trace={os.path.abspath(page)}", os.path.relpath(SHAPE_GO, ROOT)],
                       env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    check("shape: minigo runs shape.go", p.returncode == 0 and p.stdout == "4950 2000 2\n",
          f"exit {p.returncode}, stdout {p.stdout!r}, stderr {p.stderr[-300:]!r}")
    if not check("shape: the trace page is written", os.path.exists(page), f"no {page}"):
        return None
    return page


def check_shape(args, out):
    page = make_shape_page(args, out)
    if not page:
        return
    st, rows, _, err = load(page)
    if not check("shape: page ready", st is not None and st.get("ready"), err or "viewer.ready is false"):
        return
    check("shape: no script errors", not st.get("errors"), "; ".join(st.get("errors", [])))
    check("shape: exactly 2 P rows", st["rows"] == 2, f"rows = {st['rows']}")
    check("shape: the table lists 5 goroutines", st["tableRows"] == 5, f"tableRows = {st['tableRows']}")
    ids = {r[1]: r[0] for r in rows if len(r) > 1}
    mains = [fn for fn in ids if fn in SHAPE_MAIN and ids[fn] == "1"]
    workers = sorted(fn for fn in ids if fn not in SHAPE_MAIN)
    check("shape: the table's rows are G1 (main) and the 4 workers",
          len(mains) == 1 and workers == sorted(SHAPE_WORKERS), f"rows {sorted(ids.items())}")
    check("shape: slices drawn", st["drawnSlices"] > 0, f"drawnSlices = {st['drawnSlices']}")

    fit = f"t0=0&t1={st['duration']}"
    st2, _, _, err = load(page, fit)
    if check("shape: whole-trace view loads", st2 is not None, err):
        pre = st2["drawnInstants"]["preempt"]
        check("shape: a preemption marker drawn (whole trace)", pre >= 1, f"preempt markers = {pre}")
    if "main.cruncher" in ids:
        st3, _, _, err = load(page, f"{fit}&g={ids['main.cruncher']}")
        if check("shape: selecting the cruncher", st3 is not None and st3["selected"] == int(ids["main.cruncher"]), err):
            check("shape: the cruncher's slices highlighted (>= 2: it was preempted)",
                  st3["selectedSlices"] >= 2, f"selectedSlices = {st3['selectedSlices']}")
    if mains:
        st4, _, _, err = load(page, f"{fit}&g=1")
        if check("shape: selecting main", st4 is not None and st4["selected"] == 1, err):
            check("shape: main's unpark arrow drawn (wg.Done woke it)", st4["drawnFlows"] >= 1,
                  f"drawnFlows = {st4['drawnFlows']}")
    check_input(page, st["duration"], ids.get("main.cruncher"))
    png = os.path.join(out, "trace.png")
    if check("shape: screenshot taken", screenshot(page, png, f"g={ids.get('main.consumer', '')}"), f"no {png}"):
        check("shape: screenshot is 1400x900", png_size(png) == WINDOW, f"size {png_size(png)}")


def check_input(page, d, cruncher):
    """The wheel, drag and click handlers, sent real DOM events by the page's
    own hooks (#wheel, #drag, #clickg)."""
    st, _, _, err = load(page, f"t0=0&t1={d}&wheel=700,-240")
    if check("input: wheel handled", st is not None and "probe" in st, err):
        pr = st["probe"]
        check("input: wheel up zooms in", pr["spanAfter"] < pr["spanBefore"] * 0.9,
              f"span {pr['spanBefore']} -> {pr['spanAfter']}")
        check("input: the time under the cursor stays", abs(pr["after"] - pr["before"]) <= pr["spanBefore"] / 1000,
              f"{pr['before']} -> {pr['after']}")
    st, _, _, err = load(page, f"t0={d // 4}&t1={d // 2}&drag=800,600")
    if check("input: drag handled", st is not None and "probe" in st, err):
        pr = st["probe"]
        check("input: dragging left pans later", abs(pr["after"] - pr["before"] - pr["dt"]) <= abs(pr["dt"]) / 100
              and pr["dt"] > 0, f"t0 {pr['before']} -> {pr['after']}, wanted +{pr['dt']}")
    if cruncher:
        st, _, _, err = load(page, f"t0=0&t1={d}&clickg={cruncher}")
        check("input: clicking a slice selects its G", st is not None and st["selected"] == int(cruncher),
              err or f"selected {st['selected']}, wanted {cruncher}")
        st, _, _, err = load(page, f"t0=0&t1={d}&hoverg={cruncher}")
        tip = st.get("tooltip", "") if st else ""
        want = [f"G{cruncher} main.cruncher", "tests/trace/shape.go:", "this slice:", "total run:", "stopped: preempted"]
        check("input: hovering a slice shows its G, creation line, times and stop reason",
              all(w in tip for w in want), err or f"tooltip {tip!r}")


def check_page_states(out):
    """The template with no data says so; a truncated trace says so."""
    st, _, _, err = load(TEMPLATE)
    check("template: opens without data and says so", st is not None and st.get("error") == "no trace data",
          err or f"state {st}")
    page = os.path.join(out, "truncated.html")
    trace = shape_trace()
    trace["truncated"] = True
    write_page(page, trace)
    st, _, _, err = load(page)
    check("truncated: the banner says so", st is not None and "truncated" in st.get("banner", ""),
          err or f"banner {st.get('banner')!r}")


def check_large(out):
    page = os.path.join(out, "large.html")
    t = time.monotonic()
    trace = large_trace()
    write_page(page, trace)
    ns = len(trace["slices"]) // 6
    print(f"# large trace: {len(trace['goroutines']):,} goroutines, {ns:,} slices, "
          f"{len(trace['flows']) // 5:,} flows, {os.path.getsize(page) / 1e6:.1f} MB, "
          f"made in {time.monotonic() - t:.1f} s")
    st, _, secs, err = load(page, "bench=25")
    if not check("large: page ready", st is not None and st.get("ready"), err):
        return
    print(f"# large trace: ready {st['loadMs']:.0f} ms after navigation start "
          f"(indexing {st['buildMs']:.0f} ms); Chromium ran {secs:.1f} s in all; "
          f"frames {st['frameMsAvg']:.1f} ms on average, 90% within {st['frameMsP90']:.1f} ms, "
          f"{st['frameMsMax']:.1f} ms at most; "
          f"sorting by ran {st.get('sortMs', 0):.0f} ms")
    check("large: no script errors", not st.get("errors"), "; ".join(st.get("errors", [])))
    check(f"large: ready within {LOAD_BUDGET_MS} ms", st["loadMs"] < LOAD_BUDGET_MS, f"{st['loadMs']:.0f} ms")
    check("large: 4 P rows", st["rows"] == 4, f"rows = {st['rows']}")
    check("large: the table lists 100,000 goroutines", st["tableRows"] == 100_000, f"tableRows = {st['tableRows']}")
    check("large: the table renders only the visible rows", 0 < st["tableRowsRendered"] < 100,
          f"tableRowsRendered = {st['tableRowsRendered']}")
    check("large: short slices folded into busy columns (whole trace)",
          st["busyColumns"] > 0 and st["aggregatedSlices"] > st["drawnSlices"],
          f"busyColumns {st['busyColumns']}, aggregated {st['aggregatedSlices']}, drawn {st['drawnSlices']}")
    check(f"large: 90% of frames within {FRAME_BUDGET_MS} ms", st["frameMsP90"] < FRAME_BUDGET_MS,
          f"90th percentile {st['frameMsP90']:.1f} ms")
    zoom = f"t0={trace['duration'] // 2}&t1={trace['duration'] // 2 + 200 * US}"
    st2, _, _, err = load(page, zoom)
    if check("large: zoomed in to 200 µs", st2 is not None, err):
        check("large: zoomed in, slices drawn one by one", st2["drawnSlices"] > 20,
              f"drawnSlices = {st2['drawnSlices']}")
    screenshot(page, os.path.join(out, "large.png"))


class Args:
    def __init__(self, argv):
        self.sample = "--sample" in argv
        rest = [a for a in argv if a != "--sample"]
        if not (len(rest) == 2 or (self.sample and len(rest) == 1)):
            sys.exit(__doc__.split("\n\n")[1])
        self.binary = os.path.abspath(rest[0]) if len(rest) == 2 else None
        self.out = rest[-1]


def main():
    args = Args(sys.argv[1:])
    os.makedirs(args.out, exist_ok=True)
    if not os.path.exists(CHROMIUM):
        skip("browser", f"no {CHROMIUM}")
    else:
        check_embed(args.out)
        check_shape(args, args.out)
        check_page_states(args.out)
        check_large(args.out)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
