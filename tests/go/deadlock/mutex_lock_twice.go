// Locking a sync.Mutex twice in one goroutine: [sync.Mutex.Lock].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never printed")
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[sync.Mutex.Lock\]:$
// Output:
// locked once
