// Unlock of an RWMutex that is not write-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked, now Unlock")
	rw.Unlock()
}

// Exit: 2
// Stderr:
// ^fatal error: sync: Unlock of unlocked RWMutex$
// Output:
// read-locked, now Unlock
