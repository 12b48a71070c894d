// RWMutex under contention from 8 readers and 2 writers on 4 Ps: a writer
// is alone (no reader and no other writer inside with it), a writer's
// update is seen whole, readers queued behind a writer are let in when it
// leaves (the program ends), and the lock is free at the end.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(4)
	var rw sync.RWMutex
	var readers, writers atomic.Int32
	a, b := 0, 0
	var bad atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				rw.Lock()
				if writers.Add(1) != 1 || readers.Load() != 0 {
					bad.Add(1)
				}
				a++
				runtime.Gosched() // let readers pile up behind the writer
				b++
				writers.Add(-1)
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				rw.RLock()
				readers.Add(1)
				if writers.Load() != 0 || a != b {
					bad.Add(1)
				}
				readers.Add(-1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("writes:", a, b)
	fmt.Println("violations:", bad.Load())
	// unlocked again: a writer gets in at once, and so do readers after it
	rw.Lock()
	fmt.Println("TryRLock while writing:", rw.TryRLock())
	rw.Unlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	rw.Unlock()
}

// Output:
// writes: 4000 4000
// violations: 0
// TryRLock while writing: false
// TryLock when free: true
