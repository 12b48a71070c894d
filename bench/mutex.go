// mutex.go: a sync.Mutex under contention — 4 goroutines each add 1 to a
// shared counter 500,000 times, taking the lock for every increment — and
// without it: one goroutine doing the same 2,000,000 increments alone
// (every Lock takes the fast path).
//
// bench: run contended
// bench: run uncontended -- 1
// bench: figure lock+unlock ns/op ^mutex: ([0-9.]+) ns/op$
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func main() {
	workers := 4
	if len(os.Args) > 1 {
		workers, _ = strconv.Atoi(os.Args[1])
	}
	const total = 2000000
	per := total / workers
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("counter:", counter)
	fmt.Printf("mutex: %.1f ns/op\n", float64(elapsed.Nanoseconds())/float64(workers*per))
}
