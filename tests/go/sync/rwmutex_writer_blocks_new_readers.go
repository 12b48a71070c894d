// A writer waiting in Lock keeps new readers out (TryRLock fails), and gets
// the lock when the last reader before it leaves.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer has the lock")
		rw.Unlock()
	}()
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("writer pending: new readers are refused")
	rw.RUnlock()
	wg.Wait()
	fmt.Println("read lock free again:", rw.TryRLock())
	rw.RUnlock()
}

// Output:
// writer pending: new readers are refused
// writer has the lock
// read lock free again: true
