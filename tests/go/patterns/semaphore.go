// A buffered channel as a counting semaphore: at most three goroutines are
// inside the critical section at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var wg sync.WaitGroup
	var inside, most atomic.Int32
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := inside.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			inside.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("at most 3 inside:", most.Load() <= 3, most.Load() >= 1)
}

// Output:
// at most 3 inside: true true
