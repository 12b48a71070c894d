// Package runtime: the scheduler's knobs and Boehm's figures. The natives
// are in stdlib/runtime.c.
//
//minigo:natives
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

type Error interface {
	error
	RuntimeError()
}

// The dynamic types of run-time panics (vm.c makes these values).
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

type PanicNilError struct{ _ [0]*PanicNilError }

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func Gosched()
func Goexit()
func GC()
func Version() string
func KeepAlive(x any) {}
func Breakpoint()

var MemProfileRate int = 0 // as Go's linker leaves it when nothing reads memory profiles
func Stack(buf []byte, all bool) int

// Caller reports the file and line of the call skip frames up (0: the
// caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func LockOSThread()   {}
func UnlockOSThread() {}

type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                            uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects         uint64
	StackInuse, StackSys                                                       uint64
	MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys uint64
	NextGC, LastGC, PauseTotalNs                                               uint64
	NumGC, NumForcedGC                                                         uint32
	GCCPUFraction                                                              float64
	EnableGC, DebugGC                                                          bool
}

func memstats_() (alloc, total, sys, heapIdle, heapReleased, stack, nextGC, numGC, forced uint64)
func ReadMemStats(m *MemStats) {
	alloc, total, sys, idle, released, stack, next, n, forced := memstats_()
	*m = MemStats{Alloc: alloc, TotalAlloc: total, Sys: sys, HeapAlloc: alloc, HeapSys: sys - stack,
		HeapIdle: idle, HeapInuse: alloc, HeapReleased: released, StackInuse: stack, StackSys: stack,
		NextGC: next, NumGC: uint32(n), NumForcedGC: uint32(forced), EnableGC: true}
}
