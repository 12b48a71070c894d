// Readers hold an RWMutex together: each of 5 readers waits, holding its
// read lock, until all 5 are inside (an exclusive lock would deadlock).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	var inside atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			inside.Add(1)
			for inside.Load() < 5 {
				runtime.Gosched()
			}
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers inside together:", inside.Load())
}

// Output:
// readers inside together: 5
