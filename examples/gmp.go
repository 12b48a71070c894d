// gmp.go: the G/M/P scheduler and work stealing, to be seen in a trace.
//
//	GOMAXPROCS=2 minigo run -trace=gmp.json examples/gmp.go
//	python3 examples/trace_summary.py gmp.json   # or open gmp.json in ui.perfetto.dev
//
// G is a goroutine, M an OS thread, P a processor: an M needs a P to run
// Go code, and each P has its own run queue. main runs on one P and starts
// 16 workers in a burst: they all land in that P's queue. The other P has
// nothing of its own, so it steals half of that queue (a "steal" marker and
// an arrow from the victim's row to the thief's). Each worker works in
// 4 chunks and calls runtime.Gosched between them, which puts it on the
// global queue; whichever P is free next takes it, so one worker's slices
// are spread over both P rows.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const (
	workers = 16
	chunks  = 4
	steps   = 100000 // loop iterations per chunk: about 1 ms in minigo
)

// work is a loop the compiler cannot skip: its result is printed.
func work(seed int) int {
	x := seed
	for i := 0; i < steps; i++ {
		x = (x*31 + i) % 1000003
	}
	return x
}

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	results := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := w
			for c := 0; c < chunks; c++ {
				x = work(x)
				runtime.Gosched() // off the P, onto the global queue
			}
			results[w] = x // each worker writes its own element: no lock
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("workers:", workers, "checksum:", sum)
}

// Env: GOMAXPROCS=2
// Output:
// GOMAXPROCS: 2
// workers: 16 checksum: 8390451
