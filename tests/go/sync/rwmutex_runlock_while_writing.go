// RUnlock while a writer (not a reader) holds the RWMutex is the same
// fatal error as an RUnlock with no lock at all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("locked for writing")
	rw.RUnlock()
}

// Exit: 2
// Stderr:
// ^fatal error: sync: RUnlock of unlocked RWMutex$
// Output:
// locked for writing
