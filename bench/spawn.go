// spawn.go: spawn and join 100,000 goroutines with a sync.WaitGroup; each
// writes its own slot, so the sum shows that every one of them ran.
//
// bench: figure spawn+join ms ^spawn\+join: ([0-9.]+) ms$
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 100000
	slots := make([]int, n)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			slots[i] = i
			wg.Done()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sum := 0
	for _, v := range slots {
		sum += v
	}
	fmt.Println("goroutines:", n, "sum:", sum)
	fmt.Printf("spawn+join: %.3f ms\n", float64(elapsed.Nanoseconds())/1e6)
}
