// goroutine_memory.go: what a parked goroutine costs. main starts 100,000
// goroutines that all block on one channel, reads runtime.MemStats before
// and after, and divides by the number of goroutines.
//
//	minigo run examples/goroutine_memory.go
//	go run examples/goroutine_memory.go        # the same file under Go
//
// In Go, each new goroutine gets a 2 KB stack (StackInuse) and a g
// structure of about 400 bytes on the heap; Sys, what the runtime got from
// the OS, grows by about the sum. In minigo a goroutine's G structure,
// its register stack (32 slots) and its first frames are all on Boehm's
// garbage-collected heap, so there HeapAlloc includes StackInuse. Compare
// the Sys lines: that is the whole cost in both.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const n = 100000

func memstats() runtime.MemStats {
	runtime.GC() // count live memory only
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func main() {
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	before := memstats()
	for i := 0; i < n; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			started.Done()
			<-release // parked until main closes release
			finished.Done()
		}()
	}
	started.Wait() // every goroutine has run and is parked (or about to park)
	after := memstats()
	fmt.Println("goroutines:", runtime.NumGoroutine())

	per := func(a, b uint64) float64 { return (float64(b) - float64(a)) / n }
	fmt.Printf("stack (StackInuse):   %6.0f bytes per goroutine\n", per(before.StackInuse, after.StackInuse))
	fmt.Printf("heap (HeapAlloc):     %6.0f bytes per goroutine\n", per(before.HeapAlloc, after.HeapAlloc))
	fmt.Printf("from the OS (Sys):    %6.0f bytes per goroutine\n", per(before.Sys, after.Sys))

	close(release) // every goroutine wakes up and returns
	finished.Wait()
	fmt.Println("all released")
}

// Output (regexp):
// goroutines: 100001
// stack \(StackInuse\): *-?\d+ bytes per goroutine
// heap \(HeapAlloc\): *-?\d+ bytes per goroutine
// from the OS \(Sys\): *-?\d+ bytes per goroutine
// all released
