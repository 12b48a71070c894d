// A goroutine blocked in Lock is woken by Unlock in another goroutine; a
// Mutex may be unlocked by a goroutine other than the one that locked it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	order := []string{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		order = append(order, "waiter got the lock")
		mu.Unlock()
	}()
	order = append(order, "main unlocks")
	mu.Unlock()
	wg.Wait()

	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		order = append(order, "other goroutine unlocks main's lock")
		mu.Unlock()
	}()
	wg.Wait()
	mu.Lock()
	order = append(order, "main locks again")
	mu.Unlock()
	for _, s := range order {
		fmt.Println(s)
	}
}

// Output:
// main unlocks
// waiter got the lock
// other goroutine unlocks main's lock
// main locks again
