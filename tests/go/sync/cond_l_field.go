// A Cond's L field is the Locker it was made with; Wait unlocks it while
// waiting and locks it again before returning. An RWMutex's RLocker works.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	fmt.Println("L is &mu:", c.L == &mu)
	ready := false
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.L.Lock()
		ready = true
		c.L.Unlock()
		c.Signal()
	}()
	c.L.Lock()
	for !ready {
		c.Wait()
	}
	fmt.Println("locked again after Wait:", !mu.TryLock())
	c.L.Unlock()
	wg.Wait()

	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	rc.L.Lock()
	fmt.Println("writer refused while RLocker held:", !rw.TryLock())
	rc.L.Unlock()
}

// Output:
// L is &mu: true
// locked again after Wait: true
// writer refused while RLocker held: true
