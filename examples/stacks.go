// stacks.go: goroutine stacks start small and grow as calls need room.
//
//	minigo run examples/stacks.go
//	minigo run -trace=stacks.json examples/stacks.go
//	python3 examples/trace_summary.py stacks.json   # the "stack grow" markers
//
// Each depth runs in a goroutine of its own. At the bottom of the recursion
// the goroutine reads runtime.MemStats.StackInuse (the bytes of all goroutine
// stacks) and compares it with the figure before it started: that
// difference is its stack at that depth. A new goroutine's stack is a few
// hundred bytes in minigo (2 KB in Go); when a call does not fit, the stack
// is copied into one twice as big, so reaching depth 100000 takes only
// a handful of doublings. In the trace each doubling is a "stack grow"
// marker with the old and new sizes. When the goroutine ends, its big stack
// is freed: StackInuse falls back.
package main

import (
	"fmt"
	"runtime"
)

// stackInuse must not be inlined into down: in Go, MemStats (about 5 KB)
// would then sit in every one of down's frames.
//
//go:noinline
func stackInuse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse
}

// down recurses depth times and reports StackInuse at the bottom.
func down(depth int) uint64 {
	if depth == 0 {
		return stackInuse()
	}
	return down(depth - 1)
}

func main() {
	start := stackInuse()
	fmt.Println("StackInuse at the start:", start, "bytes")
	deepest := 0
	var grew int64
	for _, depth := range []int{10, 1000, 100000} {
		before := stackInuse()
		at := make(chan uint64)
		go func() { at <- down(depth) }()
		bottom := <-at // the goroutine is at depth when it sends
		grew = int64(bottom) - int64(before)
		deepest = depth
		fmt.Printf("depth %6d: StackInuse grew by %7d bytes\n", depth, grew)
	}
	fmt.Printf("at depth %d: %d bytes per call\n", deepest, grew/int64(deepest))
	runtime.GC()
	fmt.Println("StackInuse once they ended:", stackInuse(), "bytes")
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}

// Output (regexp):
// StackInuse at the start: \d+ bytes
// depth     10: StackInuse grew by *-?\d+ bytes
// depth   1000: StackInuse grew by *-?\d+ bytes
// depth 100000: StackInuse grew by *-?\d+ bytes
// at depth 100000: -?\d+ bytes per call
// StackInuse once they ended: \d+ bytes
// goroutines left: 1
