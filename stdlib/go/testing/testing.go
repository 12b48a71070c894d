// Package testing: Go's testing package, run by minigo test. The command
// (cli/test.c) finds a _test.go file's Test, Benchmark and Example
// functions and compiles, with the package under test, a main that hands
// them to MainStart and exits with M.Run's status, as go test's generated
// main does. The rules and the output are Go 1.26's (its testing.go,
// benchmark.go, match.go, example.go): each test runs on a goroutine of
// its own (tRunner), t.FailNow and t.SkipNow end it with runtime.Goexit,
// parallel subtests wait until their parent's function has returned, a
// benchmark's b.N grows from 1 by predictN until -benchtime is reached.
// The natives (stdlib/testing.c) give the clock, the allocation counts,
// the calling goroutine's frames, -run/-bench's regexp matcher, an
// example's captured standard output, temporary directories and the CPU's
// name. Glossary: "chatty" is -v; a test's "output" is what it logged,
// printed under its --- line when it reports.
//
//minigo:natives
package testing

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

func nanotime_() int64
func allocs_() (mallocs uint64, bytes uint64)
func callers_(skip int, max int) (funcs []string, files []string, lines []int)
func match_(pat string, s string) (ok bool, err string)
func captureStart_()
func captureStop_() string
func noTests_()
func cpuName_() string
func mkdirTemp_(pattern string) (dir string, err string)
func mkdir_(path string) string
func removeAll_(path string)

// Options are minigo test's flags, which Go's test binary reads as
// -test.run, -test.bench and so on.
type Options struct {
	Run       string // -run: the tests and examples to run ("": all)
	Bench     string // -bench: the benchmarks to run ("": none)
	BenchTime int64  // -benchtime as a duration, in nanoseconds
	BenchN    int    // -benchtime Nx: a fixed b.N (0: by time)
	Count     int    // -count
	Verbose   bool   // -v
	Benchmem  bool   // -benchmem
	Parallel  int    // -parallel (0: GOMAXPROCS)
	Short     bool   // -short
}

var opts = Options{BenchTime: int64(time.Second), Count: 1}

// Short reports whether -short was given.
func Short() bool { return opts.Short }

// Verbose reports whether -v was given.
func Verbose() bool { return opts.Verbose }

// Testing reports whether the program is a test (it always is, here).
func Testing() bool { return true }

const indent = "    "

// stdout writes s to the standard output.
func stdout(s string) { os.Stdout.WriteString(s) }

// fmtDuration is the "(0.01s)" of a --- line.
func fmtDuration(ns int64) string {
	return fmt.Sprintf("%.2fs", time.Duration(ns).Seconds())
}

// ---- the calling goroutine's frames ----

type frame struct {
	fn, file string
	line     int
}

// callers returns at most max (all: -1) frames of the calling goroutine,
// innermost first, from skip frames above the function calling it.
func callers(skip int, max int) []frame {
	fns, files, lines := callers_(skip+1, max)
	fr := make([]frame, len(fns))
	for i := range fns {
		fr[i] = frame{fns[i], files[i], lines[i]}
	}
	return fr
}

// callerName is the name of the function skip frames above its caller.
func callerName(skip int) string {
	fr := callers(skip+1, 1)
	if len(fr) == 0 {
		return ""
	}
	return fr[0].fn
}

// ---- -v's printer ----

// chattyPrinter prints the === lines of -v; when output of a test comes
// after another test's line, it says whose it is (=== NAME).
type chattyPrinter struct {
	mu       sync.Mutex
	lastName string
}

// Updatef prints a line about a test that names it.
func (p *chattyPrinter) Updatef(testName string, s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastName = testName
	stdout(s)
}

// Printf prints output of the named test.
func (p *chattyPrinter) Printf(testName string, s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		stdout("=== NAME  " + testName + "\n")
		p.lastName = testName
	}
	stdout(s)
}

// ---- what tests and benchmarks share ----

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Output() io.Writer
	private()
}

// common is what T and B share: the state of one test or benchmark.
type common struct {
	mu       sync.Mutex // guards the fields up to chatty
	output   []byte     // what it logged, to print when it reports
	partial  []byte     // an incomplete last line written through Output
	ran      bool       // it or one of its subtests ran
	failed   bool
	skipped  bool
	done     bool // it and its subtests have finished
	finished bool // its function has returned (or FailNow, SkipNow)
	helpers  map[string]bool
	cleanups []func()
	// the cleanup function running, and where Cleanup was called
	cleanupName   string
	cleanupFrames []frame

	chatty         *chattyPrinter // -v
	toStdout       bool           // its writer is the standard output (the root test, benchmarks), else its own output, indented
	bench          bool
	hasSub         atomic.Bool
	cleanupStarted atomic.Bool
	runner         string // the function that calls the test function (testing.tRunner)
	isParallel     bool

	parent   *common
	level    int     // nesting depth (the root of a run is 0)
	creator  []frame // where the parent called Run
	name     string
	start    int64 // nanotime_ when it started
	duration int64
	barrier  chan bool // closed when its parallel subtests may start
	signal   chan bool // it has finished
	sub      []*T      // its parallel subtests

	tempDirMu  sync.Mutex
	tempDir    string
	tempDirErr string
	tempDirSeq int
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ran = true
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution
// by calling runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// isHelper reports whether fn was marked by Helper.
func (c *common) isHelper(fn string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.helpers[fn]
}

func (c *common) cleanupSite() (string, []frame) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cleanupName, c.cleanupFrames
}

// frameSkip returns the first frame, from skip frames above its caller,
// of a function not marked as a helper. At the tRunner that called the
// test function it stops (a top-level test: the frame below it), or, in
// a subtest, goes on from where the parent called Run.
func (c *common) frameSkip(skip int) frame {
	frames := callers(skip+1, -1)
	var first, prev frame
	seen := false
	for i := 0; i < len(frames); i++ {
		fr := frames[i]
		if name, site := c.cleanupSite(); name != "" && fr.fn == name {
			frames, i, prev = site, -1, fr
			continue
		}
		if !seen {
			first, seen = fr, true
		}
		if fr.fn == c.runner {
			if c.level > 1 {
				frames, i, prev = c.creator, -1, fr
				c = c.parent
				continue
			}
			return prev
		}
		if !c.isHelper(fr.fn) {
			return fr
		}
		prev = fr
	}
	return first
}

// callSite is the "file.go:12: " a log line starts with.
func (c *common) callSite(skip int) string {
	fr := c.frameSkip(skip)
	file := fr.file
	if file == "" {
		file = "???"
	} else if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	line := fr.line
	if line == 0 {
		line = 1
	}
	return file + ":" + strconv.Itoa(line) + ": "
}

// destination is the test output goes to: c while it runs, else its
// nearest parent still running (nil: all have finished).
func (c *common) destination() *common {
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if !done {
		return c
	}
	for p := c.parent; p != nil; p = p.parent {
		p.mu.Lock()
		done = p.done
		p.mu.Unlock()
		if !done {
			return p
		}
	}
	return nil
}

// log writes s, prefixed by its call site and indented, to the output.
// It is always called from the public method its caller called.
func (c *common) log(s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	s = n.callSite(3) + s
	n.flushPartial()
	n.writeOutput(s)
}

// writeOutput writes whole lines (writeLine) and keeps an incomplete
// last one for the next write.
func (c *common) writeOutput(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		line := s[:i+1]
		if len(c.partial) > 0 {
			line = string(c.partial) + line
			c.partial = c.partial[:0]
		}
		c.writeLine(line)
		s = s[i+1:]
	}
	c.partial = append(c.partial, s...)
}

// writeLine prints a line of output at once under -v (while the test
// runs), else keeps it for the report. c.mu is held.
func (c *common) writeLine(line string) {
	if !c.done && c.chatty != nil {
		if c.bench {
			stdout(indent + line)
		} else {
			c.chatty.Printf(c.name, indent+line)
		}
		return
	}
	c.output = append(c.output, indent...)
	c.output = append(c.output, line...)
}

// flushPartial ends an incomplete line of output.
func (c *common) flushPartial() {
	c.mu.Lock()
	partial := len(c.partial) > 0
	c.mu.Unlock()
	if partial {
		c.writeOutput("\n")
	}
}

// writeTo writes s to c's writer: the standard output, or c's own output
// with each line indented (how a subtest's report goes under its
// parent's). The caller holds c.mu when c is not the root.
func (c *common) writeTo(s string) {
	if c.toStdout {
		stdout(s)
		return
	}
	for len(s) > 0 {
		end := strings.IndexByte(s, '\n')
		if end < 0 {
			end = len(s)
		} else {
			end++
		}
		c.output = append(c.output, indent...)
		c.output = append(c.output, s[:end]...)
		s = s[end:]
	}
}

// flushToParent writes s (a --- line), then c's output, to its parent's
// writer: printed under -v when the parent is the root, else into the
// parent's output.
func (c *common) flushToParent(testName string, s string) {
	p := c.parent
	p.mu.Lock()
	defer p.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.output) > 0 {
		s += string(c.output)
		c.output = c.output[:0]
	}
	if c.chatty != nil && p.toStdout {
		c.chatty.Updatef(testName, s)
	} else {
		p.writeTo(s)
	}
}

// outputWriter is what Output returns.
type outputWriter struct{ c *common }

func (o *outputWriter) Write(b []byte) (int, error) {
	if o.c.destination() == nil {
		panic("Write called after " + o.c.name + " has completed")
	}
	o.c.writeOutput(string(b))
	return len(b), nil
}

// Output returns a writer to the test's output, indented as Log's lines
// but without their call sites.
func (c *common) Output() io.Writer {
	n := c.destination()
	if n == nil {
		panic("Output called after " + c.name + " has completed")
	}
	return &outputWriter{n}
}

// Log formats its arguments as fmt.Println and records the text in the
// error log, printed if the test fails or under -v (always for benchmarks).
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments as fmt.Printf and records the text in the log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as skipped and stops it with runtime.Goexit. A
// test that failed before stays failed.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a test helper: the file and line
// of a log line are those of its caller.
func (c *common) Helper() {
	fn := callerName(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = make(map[string]bool)
	}
	c.helpers[fn] = true
}

// Cleanup registers f to be called, last added first, when the test and
// all its subtests have completed.
func (c *common) Cleanup(f func()) {
	site := callers(1, -1)
	fn := func() {
		defer func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			c.cleanupName = ""
			c.cleanupFrames = nil
		}()
		name := callerName(0)
		c.mu.Lock()
		c.cleanupName = name
		c.cleanupFrames = site
		c.mu.Unlock()
		f()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, fn)
}

// runCleanup calls the cleanup functions, the remaining ones even if one
// panics; with recoverPanic it returns a panic's value instead.
func (c *common) runCleanup(recoverPanic bool) (panicVal any) {
	c.cleanupStarted.Store(true)
	defer c.cleanupStarted.Store(false)
	if recoverPanic {
		defer func() {
			panicVal = recover()
		}()
	}
	defer func() {
		c.mu.Lock()
		recur := len(c.cleanups) > 0
		c.mu.Unlock()
		if recur {
			c.runCleanup(false)
		}
	}()
	for {
		var cleanup func()
		c.mu.Lock()
		if n := len(c.cleanups); n > 0 {
			cleanup = c.cleanups[n-1]
			c.cleanups = c.cleanups[:n-1]
		}
		c.mu.Unlock()
		if cleanup == nil {
			return nil
		}
		cleanup()
	}
}

// TempDir returns a new directory for the test, removed when it ends;
// each call gives another one.
func (c *common) TempDir() string {
	c.tempDirMu.Lock()
	if c.tempDir == "" && c.tempDirErr == "" {
		allowed := "!#$%&()+,-.=@^_{}~ "
		keep := func(r rune) rune {
			if r < 0x80 {
				if '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || strings.ContainsRune(allowed, r) {
					return r
				}
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}
		c.tempDir, c.tempDirErr = mkdirTemp_(strings.Map(keep, c.Name()))
		if c.tempDirErr == "" {
			dir := c.tempDir
			c.Cleanup(func() { removeAll_(dir) })
		}
	}
	err := c.tempDirErr
	c.tempDirSeq++
	dir := fmt.Sprintf("%s/%03d", c.tempDir, c.tempDirSeq)
	c.tempDirMu.Unlock()
	if err == "" {
		err = mkdir_(dir)
	}
	if err != "" {
		c.Fatalf("TempDir: %s", err)
	}
	return dir
}

// ---- tests ----

// T is the type of a Test function's argument: its state and its log.
type T struct {
	common
	tstate *testState
}

// InternalTest is a test as minigo test lists it for MainStart.
type InternalTest struct {
	Name string
	F    func(*T)
}

// errNilPanicOrGoexit ends a test that called runtime.Goexit itself.
type goexitError struct{}

func (goexitError) Error() string { return "test executed panic(nil) or runtime.Goexit" }

var errNilPanicOrGoexit error = goexitError{}

// Parallel signals that the test is to be run in parallel with (and only
// with) other parallel tests: it waits until its parent's function has
// returned and fewer than -parallel tests are running.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.parent.barrier == nil {
		return
	}
	t.isParallel = true
	// the time it waits for the serial tests is not its own
	t.duration += nanotime_() - t.start
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE "+t.name+"\n")
	}
	t.signal <- true   // the parent's Run returns
	<-t.parent.barrier // until the parent's function has returned
	t.tstate.waitParallel()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  "+t.name+"\n")
	}
	t.start = nanotime_()
}

// tRunner runs the test function fn on t's goroutine, then its parallel
// subtests, its cleanups and its report, and signals that it is done.
// A panic is reported up to the top-level test's --- FAIL line and goes
// on (ending the program, as Go's test binary does).
func tRunner(t *T, fn func(t *T)) {
	t.runner = callerName(0)
	defer func() {
		err := recover()
		signal := true
		t.mu.Lock()
		finished := t.finished
		t.mu.Unlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.Lock()
				finished = p.finished
				p.mu.Unlock()
				if finished {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}
		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			t.signal <- signal
		}()
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for root := &t.common; root.parent != nil; root = root.parent {
				root.mu.Lock()
				root.duration += nanotime_() - root.start
				d := root.duration
				root.mu.Unlock()
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: "+root.name+" ("+fmtDuration(d)+")\n")
				if r := root.parent.runCleanup(true); r != nil {
					root.parent.writeTo(fmt.Sprintf("cleanup panicked with %v", r))
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}
		t.duration += nanotime_() - t.start
		if len(t.sub) > 0 {
			// the parallel subtests run now, and the cleanups after them
			t.tstate.release()
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := nanotime_()
			err := t.runCleanup(true)
			t.duration += nanotime_() - cleanupStart
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				t.tstate.waitParallel()
			}
		} else if t.isParallel {
			t.tstate.release()
		}
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		t.report()
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		if t.parent != nil && !t.hasSub.Load() {
			t.setRan()
		}
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(false)
		}
	}()
	t.start = nanotime_()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

// Run runs f as a subtest of t called name, on a goroutine of its own,
// and waits until f returns or calls t.Parallel. It reports whether f
// succeeded (or at least did not fail before calling t.Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleanupStarted.Load() {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub.Store(true)
	testName, ok, _ := t.tstate.match.fullName(&t.common, name)
	if !ok {
		return true
	}
	sub := &T{tstate: t.tstate}
	sub.barrier = make(chan bool)
	sub.signal = make(chan bool, 1)
	sub.name = testName
	sub.parent = &t.common
	sub.level = t.level + 1
	sub.creator = callers(1, -1)
	sub.chatty = t.chatty
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   "+sub.name+"\n")
	}
	go tRunner(sub, f)
	if !<-sub.signal {
		// a subtest called FailNow on a parent test: go on aborting
		runtime.Goexit()
	}
	return !sub.Failed()
}

// report prints the --- line of a finished test (PASS and SKIP only under -v).
func (t *T) report() {
	if t.parent == nil {
		return
	}
	d := fmtDuration(t.duration)
	if t.Failed() {
		t.flushToParent(t.name, "--- FAIL: "+t.name+" ("+d+")\n")
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, "--- SKIP: "+t.name+" ("+d+")\n")
		} else {
			t.flushToParent(t.name, "--- PASS: "+t.name+" ("+d+")\n")
		}
	}
}

// testState is what all tests of a run share: the matcher and the count
// of tests running in parallel (at most -parallel).
type testState struct {
	match         *matcher
	mu            sync.Mutex
	startParallel chan bool
	running       int // the main (serial) test counts as one
	numWaiting    int
	maxParallel   int
}

func (s *testState) waitParallel() {
	s.mu.Lock()
	if s.running < s.maxParallel {
		s.running++
		s.mu.Unlock()
		return
	}
	s.numWaiting++
	s.mu.Unlock()
	<-s.startParallel
}

func (s *testState) release() {
	s.mu.Lock()
	if s.numWaiting == 0 {
		s.running--
		s.mu.Unlock()
		return
	}
	s.numWaiting--
	s.mu.Unlock()
	s.startParallel <- true
}

// runTests runs the tests -count times; it reports whether any ran and
// whether all passed.
func runTests(tests []InternalTest) (ran, ok bool) {
	ok = true
	maxParallel := opts.Parallel
	if maxParallel < 1 {
		maxParallel = runtime.GOMAXPROCS(0)
	}
	for i := 0; i < opts.Count; i++ {
		if i > 0 && !ran {
			break
		}
		tstate := &testState{match: newMatcher(opts.Run, "-test.run"), startParallel: make(chan bool), running: 1, maxParallel: maxParallel}
		t := &T{tstate: tstate}
		t.signal = make(chan bool, 1)
		t.barrier = make(chan bool)
		t.toStdout = true
		if opts.Verbose {
			t.chatty = &chattyPrinter{}
		}
		tRunner(t, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		select {
		case <-t.signal:
		default:
			panic("internal error: tRunner exited without sending on t.signal")
		}
		ok = ok && !t.Failed()
		ran = ran || t.ran
	}
	return ran, ok
}

// ---- examples ----

// InternalExample is an example as minigo test lists it: its function
// and the output its // Output: comment wants.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(opts.Run, "-test.run")
	for _, eg := range examples {
		if _, matched, _ := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// runExample runs an example with its standard output captured.
func runExample(eg InternalExample) (ok bool) {
	if opts.Verbose {
		stdout("=== RUN   " + eg.Name + "\n")
	}
	captureStart_()
	finished := false
	start := nanotime_()
	defer func() {
		spent := nanotime_() - start
		out := captureStop_()
		err := recover()
		ok = eg.processRunResult(out, spent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func sortedLines(s string) []string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return lines
}

func (eg *InternalExample) processRunResult(out string, spent int64, finished bool, recovered any) (passed bool) {
	passed = true
	var fail string
	got := strings.TrimSpace(out)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if strings.Join(sortedLines(got), "\n") != strings.Join(sortedLines(want), "\n") && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", out, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		stdout("--- FAIL: " + eg.Name + " (" + fmtDuration(spent) + ")\n" + fail)
		passed = false
	} else if opts.Verbose {
		stdout("--- PASS: " + eg.Name + " (" + fmtDuration(spent) + ")\n")
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

// ---- the main ----

// InternalBenchmark is a benchmark as minigo test lists it.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// M is what TestMain gets: m.Run runs the tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	numRun     int
	exitCode   int
}

// MainStart is called by minigo test's generated main (as go test's
// calls testing.MainStart, with other arguments).
func MainStart(o Options, tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	opts = o
	if opts.Count < 1 {
		opts.Count = 1
	}
	return &M{tests: tests, benchmarks: benchmarks, examples: examples}
}

// MainExitCode is the status m.Run returned: what the generated main
// exits with after TestMain returns (not Go's API: go test reads it
// from m with reflection).
func MainExitCode(m *M) int { return m.exitCode }

// Run runs the tests, the examples and the benchmarks; it returns the
// exit status: 0 when all passed.
func (m *M) Run() (code int) {
	defer func() {
		code = m.exitCode
	}()
	m.numRun++
	testRan, testOk := runTests(m.tests)
	exampleRan, exampleOk := runExamples(m.examples)
	if !testRan && !exampleRan && opts.Bench == "" {
		noTests_()
	}
	if !testOk || !exampleOk || !runBenchmarks(m.benchmarks) {
		stdout("FAIL\n")
		m.exitCode = 1
		return
	}
	m.exitCode = 0
	stdout("PASS\n")
	return
}

// ---- -run and -bench: matching names ----

// matcher filters the names of tests and benchmarks by a -run or -bench
// pattern and makes subtests' names unique.
type matcher struct {
	filter   filterMatch
	mu       sync.Mutex
	subNames map[string]int // parent/sub -> how many had that name
}

// filterMatch is a pattern split at its top-level | (alternationMatch)
// and / (simpleMatch: element i matches level i of a name).
type filterMatch interface {
	matches(name []string) (ok, partial bool)
	verify(flag string) string
}

type simpleMatch []string

type alternationMatch []filterMatch

// newMatcher makes the matcher of pattern (the flag's value: "" matches
// everything); a bad regexp ends the program as Go's test binary does.
func newMatcher(pattern string, flag string) *matcher {
	var filter filterMatch = simpleMatch{}
	if pattern != "" {
		filter = splitRegexp(pattern)
		if err := filter.verify(flag); err != "" {
			os.Stderr.WriteString("testing: invalid regexp for " + err + "\n")
			os.Exit(1)
		}
	}
	return &matcher{filter: filter, subNames: map[string]int{}}
}

// fullName is the name of subtest subname of c (c nil: a top-level
// test), whether it matches, and whether only partly (a pattern with more
// levels than the name: its subtests may match).
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	ok, partial = m.filter.matches(strings.Split(name, "/"))
	if !ok {
		return name, false, false
	}
	return name, ok, partial
}

func (m simpleMatch) matches(name []string) (ok, partial bool) {
	for i, s := range name {
		if i >= len(m) {
			break
		}
		if ok, _ := match_(m[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(m)
}

func (m simpleMatch) verify(flag string) string {
	for i, s := range m {
		m[i] = rewrite(s)
	}
	for i, s := range m {
		if _, err := match_(s, "non-empty"); err != "" {
			return fmt.Sprintf("element %d of %s (%q): %s", i, flag, s, err)
		}
	}
	return ""
}

func (m alternationMatch) matches(name []string) (ok, partial bool) {
	for _, f := range m {
		if ok, partial = f.matches(name); ok {
			return ok, partial
		}
	}
	return false, false
}

func (m alternationMatch) verify(flag string) string {
	for i, f := range m {
		if err := f.verify(flag); err != "" {
			return fmt.Sprintf("alternation %d of %s", i, err)
		}
	}
	return ""
}

// splitRegexp splits s at the / and | outside brackets and parentheses.
func splitRegexp(s string) filterMatch {
	a := simpleMatch{}
	b := alternationMatch{}
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 { // an unmatched ] is a literal
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		case '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				b = append(b, a)
				a = simpleMatch{}
				continue
			}
		}
		i++
	}
	a = append(a, s)
	if len(b) == 0 {
		return a
	}
	return append(b, a)
}

// unique makes parent/subname unique among its siblings: the second
// "x" is "x#01", an empty name is "#00".
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.subNames[prefix] {
				// named "parent/subname#NN", and #NN was used already
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			continue
		}
		return name
	}
}

// parseSubtestNumber splits a name into what precedes a "#NN" suffix
// that unique could have made, and NN (0: none).
func parseSubtestNumber(s string) (prefix string, nn int) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		return s, 0
	}
	if suffix == "00" && !strings.HasSuffix(prefix, "/") {
		return s, 0
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int(n)
}

// rewrite makes a subtest's name printable: white space becomes _,
// other unprintable runes their Go escapes.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// isSpace is testing's own idea of white space (not unicode.IsSpace's).
func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
		return false
	}
	if r <= 0x200a {
		return true
	}
	switch r {
	case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// ---- benchmarks ----

// B is the type of a Benchmark function's argument. b.N is the number of
// iterations to run; it grows between runs until -benchtime is reached.
type B struct {
	common
	bstate           *benchState
	N                int
	previousN        int   // b.N of the previous run
	previousDuration int64 // its time
	benchFunc        func(b *B)
	benchTime        int64 // -benchtime: a duration (when benchN is 0)
	benchN           int   // -benchtime Nx
	bytes            int64
	missingBytes     bool // a sub-benchmark did not set bytes
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	parallelism      int // RunParallel runs parallelism*GOMAXPROCS goroutines
	// the allocation counts when the timer last started, and the net counts
	startAllocs, startBytes uint64
	netAllocs, netBytes     uint64
	extra                   map[string]float64 // ReportMetric's
	// B.Loop's state: the iteration target, the iteration (its top bit is
	// set while the timer is stopped), and whether Loop returned false
	loopN, loopI uint64
	loopDone     bool
}

const loopPoisonTimer = uint64(1) << 63

// StartTimer starts timing (it runs when a benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.startAllocs, b.startBytes = allocs_()
		b.start = nanotime_()
		b.timerOn = true
		b.loopI &^= loopPoisonTimer
	}
}

// StopTimer stops timing: what runs until StartTimer is not measured.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += nanotime_() - b.start
		n, bytes := allocs_()
		b.netAllocs += n - b.startAllocs
		b.netBytes += bytes - b.startBytes
		b.timerOn = false
		b.loopI |= loopPoisonTimer
	}
}

// ResetTimer zeroes the elapsed time and the allocation counts and drops
// the metrics reported; it does not start or stop the timer.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		b.startAllocs, b.startBytes = allocs_()
		b.start = nanotime_()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the bytes one iteration processes (MB/s is reported).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs reports the allocations of each iteration (B/op, allocs/op).
func (b *B) ReportAllocs() { b.showAllocResult = true }

// Elapsed returns the time measured so far.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += nanotime_() - b.start
	}
	return time.Duration(d)
}

// ReportMetric adds "n unit" to the results (it replaces a built-in
// metric of that unit; ns/op 0 leaves ns/op out).
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, unicode.IsSpace) >= 0 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(n int) {
	defer b.runCleanup(false)
	// a comparable start for each run: no garbage of earlier ones
	runtime.GC()
	b.N = n
	b.loopN = 0
	b.loopI = 0
	b.loopDone = false
	b.parallelism = 1
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
	if b.loopN > 0 && !b.loopDone && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
}

// run1 runs the benchmark with b.N = 1; it reports whether it should be
// measured (it did not fail, skip, or run sub-benchmarks).
func (b *B) run1() bool {
	if s := b.bstate; s != nil {
		if n := len(b.name) + s.extLen + 1; n > s.maxLen {
			s.maxLen = n + 8 // slack, so that the column moves seldom
		}
	}
	go func() {
		defer func() {
			b.signal <- true
		}()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		stdout("--- FAIL: " + b.name + "\n" + string(b.output))
		return false
	}
	b.mu.Lock()
	finished := b.finished
	b.mu.Unlock()
	if b.hasSub.Load() || finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || finished) {
			b.trimOutput()
			stdout("--- " + tag + ": " + b.name + "\n" + string(b.output))
		}
		return false
	}
	return true
}

var labelsOnce sync.Once

// printLabels prints the goos:, goarch: and cpu: lines, once (no pkg:
// line: minigo test tests files, which have no import path).
func printLabels() {
	labelsOnce.Do(func() {
		stdout("goos: " + runtime.GOOS + "\n")
		stdout("goarch: " + runtime.GOARCH + "\n")
		if cpu := cpuName_(); cpu != "" {
			stdout("cpu: " + cpu + "\n")
		}
	})
}

// run measures the benchmark (and prints its line).
func (b *B) run() {
	printLabels()
	if b.bstate != nil {
		b.bstate.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// predictN is the b.N to run next to reach goalns: from the last run's
// rate, 1.2 times that, at most 100 times the last, at least one more,
// at most 1e9.
func predictN(goalns int64, prevIters int64, prevns int64, last int64) int {
	if prevns == 0 {
		prevns = 1
	}
	n := goalns * prevIters / prevns
	n += n / 5
	n = min(n, 100*last)
	n = max(n, last+1)
	n = min(n, 1000000000)
	return int(n)
}

// launch runs the benchmark with a growing b.N until it has run for
// -benchtime (or -benchtime Nx times); run1 has run it once.
func (b *B) launch() {
	defer func() {
		b.signal <- true
	}()
	// B.Loop grows b.N itself: the function has run its whole course
	if b.loopN == 0 {
		if b.benchN > 0 {
			if b.benchN > 1 {
				b.runN(b.benchN)
			}
		} else {
			d := b.benchTime
			for n := int64(1); !b.failed && b.duration < d && n < 1000000000; {
				last := n
				n = int64(predictN(d, int64(b.N), b.duration, last))
				b.runN(int(n))
			}
		}
	}
	b.result = BenchmarkResult{b.N, time.Duration(b.duration), b.bytes, b.netAllocs, b.netBytes, b.extra}
}

// stopOrScaleBLoop decides whether B.Loop goes on: past -benchtime it
// stops, else the target grows as predictN says.
func (b *B) stopOrScaleBLoop() bool {
	t := int64(b.Elapsed())
	if t >= b.benchTime {
		return false
	}
	prev := int64(b.loopN)
	b.loopN = uint64(predictN(b.benchTime, prev, t, prev))
	return uint64(prev) < b.loopN
}

func (b *B) loopSlowPath() bool {
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loopI&loopPoisonTimer != 0 {
		panic(fmt.Sprintf("unknown loop stop condition: %#x", b.loopI))
	}
	if b.loopN == 0 {
		// the first call: the setup before it is not measured
		if b.benchN > 0 {
			b.loopN = uint64(b.benchN)
		} else {
			b.loopN = 1
		}
		b.N = 0
		b.ResetTimer()
		b.loopI++
		return true
	}
	more := false
	if b.benchN > 0 {
		if b.loopI != uint64(b.benchN) {
			panic(fmt.Sprintf("iteration count %d < fixed target %d", b.loopI, b.benchN))
		}
	} else {
		more = b.stopOrScaleBLoop()
	}
	if !more {
		b.StopTimer()
		b.N = int(b.loopN)
		b.loopDone = true
		return false
	}
	b.loopI++
	return true
}

// Loop reports whether the benchmark should go on: for b.Loop() { ... }
// runs the body until -benchtime is reached, timing only the loop.
func (b *B) Loop() bool {
	if b.loopI < b.loopN {
		b.loopI++
		return true
	}
	return b.loopSlowPath()
}

// BenchmarkResult is what a benchmark measured.
type BenchmarkResult struct {
	N         int           // iterations
	T         time.Duration // the time they took
	Bytes     int64         // bytes processed by one iteration
	MemAllocs uint64        // allocations in all
	MemBytes  uint64        // bytes allocated in all
	Extra     map[string]float64
}

// NsPerOp returns the ns/op metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the allocs/op metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the B/op metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result's part of a benchmark line: "  1000  12.5 ns/op".
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		buf.WriteString(prettyPrint(ns, "ns/op"))
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	var keys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		buf.WriteByte('\t')
		buf.WriteString(prettyPrint(r.Extra[k], k))
	}
	return buf.String()
}

// prettyPrint formats x with its whole part in 10 places and small
// numbers with four significant figures, the decimal points aligned.
func prettyPrint(x float64, unit string) string {
	y := x
	if y < 0 {
		y = -y
	}
	var format string
	switch {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	return fmt.Sprintf(format, x, unit)
}

// MemString is the B/op and allocs/op part of a benchmark line.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// benchmarkName is a benchmark's name with -GOMAXPROCS (but for 1).
func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// benchState is what the benchmarks of a run share.
type benchState struct {
	match  *matcher
	maxLen int // the width of the name column
	extLen int // the width of the -GOMAXPROCS suffix
}

// runBenchmarks runs the benchmarks -bench matches; false if one failed.
func runBenchmarks(benchmarks []InternalBenchmark) bool {
	if opts.Bench == "" {
		return true
	}
	procs := runtime.GOMAXPROCS(0)
	bstate := &benchState{match: newMatcher(opts.Bench, "-test.bench"), extLen: len(benchmarkName("", procs))}
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if _, matched, _ := bstate.match.fullName(nil, bm.Name); matched {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, procs)) + bstate.extLen + 1; l > bstate.maxLen {
				bstate.maxLen = l
			}
		}
	}
	main := &B{benchTime: opts.BenchTime, benchN: opts.BenchN, bstate: bstate}
	main.name = "Main"
	main.toStdout = true
	main.bench = true
	main.benchFunc = func(b *B) {
		for _, bm := range bs {
			b.Run(bm.Name, bm.F)
		}
	}
	if opts.Verbose {
		main.chatty = &chattyPrinter{}
	}
	main.runN(1)
	return !main.failed
}

// padName is a benchmark's name padded to the column's width and a tab.
func (s *benchState) padName(name string) string {
	if n := len([]rune(name)); n < s.maxLen {
		name += strings.Repeat(" ", s.maxLen-n)
	}
	return name + "\t"
}

// processBench measures b -count times and prints its lines.
func (s *benchState) processBench(b *B) {
	procs := runtime.GOMAXPROCS(0)
	for j := 0; j < opts.Count; j++ {
		benchName := benchmarkName(b.name, procs)
		if b.chatty == nil {
			stdout(s.padName(benchName))
		}
		if j > 0 {
			nb := &B{benchFunc: b.benchFunc, benchTime: b.benchTime, benchN: b.benchN}
			nb.signal = make(chan bool)
			nb.name = b.name
			nb.toStdout = true
			nb.chatty = b.chatty
			nb.bench = true
			b = nb
			b.run1()
		}
		r := b.doBench()
		if b.failed {
			stdout("--- FAIL: " + benchName + "\n" + string(b.output))
			continue
		}
		results := r.String()
		if b.chatty != nil {
			stdout(s.padName(benchName))
		}
		if opts.Benchmem || b.showAllocResult {
			results += "\t" + r.MemString()
		}
		stdout(results + "\n")
		if len(b.output) > 0 {
			b.trimOutput()
			stdout("--- BENCH: " + benchName + "\n" + string(b.output))
		}
		if p := runtime.GOMAXPROCS(-1); p != procs {
			os.Stderr.WriteString(fmt.Sprintf("testing: %s left GOMAXPROCS set to %d\n", benchName, p))
		}
	}
}

// Run benchmarks f as a sub-benchmark called name; it reports whether it
// passed. A benchmark that calls Run is run once, with b.N = 1, and not
// measured itself.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub.Store(true)
	benchName, ok, partial := b.name, true, false
	if b.bstate != nil {
		benchName, ok, partial = b.bstate.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{benchFunc: f, benchTime: b.benchTime, benchN: b.benchN, bstate: b.bstate}
	sub.signal = make(chan bool)
	sub.name = benchName
	sub.parent = &b.common
	sub.level = b.level + 1
	sub.creator = callers(1, -1)
	sub.toStdout = true
	sub.chatty = b.chatty
	sub.bench = true
	if partial {
		// -bench=X/Y matching X: only its sub-benchmarks are measured
		sub.hasSub.Store(true)
	}
	if b.chatty != nil {
		printLabels()
		stdout(benchName + "\n")
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add sums a sub-benchmark's result into b's, as if they ran in sequence.
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps the first 10 lines of a benchmark's output (it runs
// several times, and logs each time).
func (b *B) trimOutput() {
	nl := 0
	for j := 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nl++
			if nl >= 10 {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// PB is what RunParallel's body iterates with.
type PB struct {
	globalN *atomic.Uint64 // the iterations taken, shared by all goroutines
	grain   uint64         // how many one goroutine takes at a time
	cache   uint64         // of those, how many are left
	bN      uint64         // b.N
}

// Next reports whether there are more iterations to run.
func (pb *PB) Next() bool {
	if pb.cache == 0 {
		n := pb.globalN.Add(pb.grain)
		if n <= pb.bN {
			pb.cache = pb.grain
		} else if n < pb.bN+pb.grain {
			pb.cache = pb.bN + pb.grain - n
		} else {
			return false
		}
	}
	pb.cache--
	return true
}

// RunParallel runs body on parallelism*GOMAXPROCS goroutines, which share
// the b.N iterations through pb.Next.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	// iterations of about 100 microseconds a grab, from the previous run's rate
	grain := uint64(0)
	if b.previousN > 0 && b.previousDuration > 0 {
		grain = 100000 * uint64(b.previousN) / uint64(b.previousDuration)
	}
	if grain < 1 {
		grain = 1
	}
	if grain > 10000 {
		grain = 10000
	}
	var n atomic.Uint64
	numProcs := b.parallelism * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	wg.Add(numProcs)
	for p := 0; p < numProcs; p++ {
		go func() {
			defer wg.Done()
			pb := &PB{globalN: &n, grain: grain, bN: uint64(b.N)}
			body(pb)
		}()
	}
	wg.Wait()
	if n.Load() <= uint64(b.N) && !b.Failed() {
		b.Fatal("RunParallel: body exited without pb.Next() == false")
	}
}

// SetParallelism makes RunParallel use p*GOMAXPROCS goroutines.
func (b *B) SetParallelism(p int) {
	if p >= 1 {
		b.parallelism = p
	}
}

// Benchmark measures f on its own (outside minigo test's benchmarks).
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{benchFunc: f, benchTime: opts.BenchTime, benchN: opts.BenchN}
	b.signal = make(chan bool)
	b.toStdout = true
	b.bench = true
	if b.run1() {
		b.doBench()
	}
	return b.result
}

// AllocsPerRun returns the average number of allocations of a call of f,
// over runs calls (after one to warm up).
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	before, _ := allocs_()
	for i := 0; i < runs; i++ {
		f()
	}
	after, _ := allocs_()
	return float64((after - before) / uint64(runs))
}
