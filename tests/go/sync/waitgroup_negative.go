// More Done than Add: the panic "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("one Done too many")
	wg.Done()
}

// Exit: 2
// Stderr:
// ^panic: sync: negative WaitGroup counter$
// ^goroutine 1 \[running\]:$
// Output:
// one Done too many
