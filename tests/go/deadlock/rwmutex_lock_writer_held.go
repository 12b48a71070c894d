// A second writer waiting on an RWMutex that a writer holds waits on the
// RWMutex's inner Mutex: Go reports [sync.Mutex.Lock], not
// [sync.RWMutex.Lock].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked")
	rw.Lock()
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[sync.Mutex.Lock\]:$
// Output:
// write-locked
