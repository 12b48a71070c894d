// TryLock takes a free Mutex and fails on a held one, without blocking.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("free:", mu.TryLock())
	fmt.Println("held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("after unlock:", mu.TryLock())
	mu.Unlock()
	mu.Lock()
	done := make(chan bool)
	go func() {
		done <- mu.TryLock()
	}()
	fmt.Println("from another goroutine:", <-done)
	mu.Unlock()
}

// Output:
// free: true
// held: false
// after unlock: true
// from another goroutine: false
