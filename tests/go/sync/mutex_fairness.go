// A goroutine that relocks a Mutex as soon as it unlocks it cannot keep a
// waiter out for ever: after 1 ms of waiting the Mutex starves no more
// (starvation mode hands it to the waiter).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			mu.Lock()
			for i := 0; i < 200; i++ {
			}
			mu.Unlock()
		}
	}()
	got := 0
	for i := 0; i < 20; i++ {
		mu.Lock()
		got++
		mu.Unlock()
	}
	stop.Store(true)
	wg.Wait()
	fmt.Println("waiter acquired the lock", got, "times")
}

// Output:
// waiter acquired the lock 20 times
