// A writer waiting for a reader that never unlocks: [sync.RWMutex.Lock]; a
// reader waiting for a writer: [sync.RWMutex.RLock].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	started := make(chan bool)
	var other sync.RWMutex
	other.Lock()
	go func() {
		started <- true
		other.RLock()
	}()
	<-started
	fmt.Println("read-locked")
	rw.Lock()
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[sync.RWMutex.Lock\]:$
// ^goroutine [0-9]+ \[sync.RWMutex.RLock\]:$
// Output:
// read-locked
