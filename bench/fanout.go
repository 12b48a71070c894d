// fanout.go: a CPU-bound fan-out — 8 goroutines each run an integer loop
// of 8,000,000 steps, with no shared data.  bench/run runs it with
// GOMAXPROCS=1 and GOMAXPROCS=2; the speedup is the ratio of the times.
//
// bench: run GOMAXPROCS=1 GOMAXPROCS=1
// bench: run GOMAXPROCS=2 GOMAXPROCS=2
// bench: speedup GOMAXPROCS=1 GOMAXPROCS=2
// bench: figure fan-out ms ^fan-out: ([0-9.]+) ms$
package main

import (
	"fmt"
	"sync"
	"time"
)

func work(seed, steps int) int {
	x := seed
	sum := 0
	for i := 0; i < steps; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		sum += x % 7
	}
	return sum
}

func main() {
	const workers = 8
	const steps = 8000000
	results := make([]int, workers)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = work(w+1, steps)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("total:", total)
	fmt.Printf("fan-out: %.1f ms\n", float64(elapsed.Nanoseconds())/1e6)
}
