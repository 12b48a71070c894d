// RUnlock of an RWMutex that is not read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one RUnlock too many")
	rw.RUnlock()
}

// Exit: 2
// Stderr:
// ^fatal error: sync: RUnlock of unlocked RWMutex$
// Output:
// one RUnlock too many
