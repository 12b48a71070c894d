// Readers that arrive while a writer holds the lock wait in RLock and all
// get in when it unlocks.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var in atomic.Int32
	rw.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			in.Add(1)
			rw.RUnlock()
		}()
	}
	shared := "written"
	fmt.Println("readers in while writer holds the lock:", in.Load())
	rw.Unlock()
	wg.Wait()
	fmt.Println("readers in after Unlock:", in.Load(), shared)
}

// Output:
// readers in while writer holds the lock: 0
// readers in after Unlock: 3 written
