// Once.Do runs f exactly once even when 50 goroutines call it together,
// and no call returns before f has finished.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var once sync.Once
	var calls atomic.Int32
	var early atomic.Int32
	ready := false
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls.Add(1)
				for k := 0; k < 1000; k++ {
				}
				ready = true
			})
			if !ready {
				early.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load(), "returned before f finished:", early.Load())
}

// Output:
// calls: 1 returned before f finished: 0
