// preempt_coop.go: examples/preempt.go (below, unchanged) under
// -sched=coop: nothing preempts the loop, so main wakes up only after it.
//
// preempt.go: preemption. One goroutine runs a long loop that never blocks
// and never calls a function that yields; main sleeps 5 ms and wants to run
// again. With a single P:
//
//	GOMAXPROCS=1 minigo run examples/preempt.go              # default: preemptive
//	GOMAXPROCS=1 minigo run -sched=coop examples/preempt.go  # Go before 1.14
//
// By default sysmon, the scheduler's monitor thread, sees that the loop has
// held the P for 10 ms and preempts it, so main wakes after about 10 ms
// and finds the loop unfinished. Under -sched=coop nothing preempts: the
// timer that should wake main fires, but main cannot get the P back until
// the loop ends by itself, hundreds of milliseconds later.
//
// Add -trace=preempt.json (or coop.json) to see it on the timeline: the
// loop's goroutine is cut into 10 ms slices with "preempted" markers and
// main's short slice in between, or is one long slice with main after it.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

const spins = 60000000 // about 250 ms of loop in minigo

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var finished atomic.Bool
	done := make(chan int)
	go func() {
		x := 0
		// no call, no channel, no lock: this loop never yields by itself
		for i := 0; i < spins; i++ {
			x = x*33 + i // a chain of multiplies: no shortcut for the compiler
		}
		finished.Store(true)
		done <- x
	}()

	start := time.Now()
	time.Sleep(5 * time.Millisecond) // main parks; the loop gets the P
	late := time.Since(start)
	fmt.Println("main woke up; the loop had finished:", finished.Load())
	fmt.Printf("asked to sleep 5ms, slept %dms\n", late.Milliseconds())
	fmt.Println("loop result:", <-done)
}

// Flags: -sched=coop
// Env: GOMAXPROCS=1
// Output (regexp):
// GOMAXPROCS: 1
// main woke up; the loop had finished: true
// asked to sleep 5ms, slept \d+ms
// loop result: 1791962276544994432
