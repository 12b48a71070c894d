// Unlocking an unlocked Mutex is a fatal error: deferred calls do not run,
// recover cannot stop it, and the program exits with status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}

// Exit: 2
// Stderr:
// ^fatal error: sync: unlock of unlocked mutex$
// ^goroutine 1 \[running\]:$
// Output:
// unlocking again
