// A panic in a function run by WaitGroup.Go ends the program (it is not
// swallowed, and Wait does not return first).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		panic("boom")
	})
	wg.Wait()
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// ^panic: boom \[recovered, repanicked\]$
// Output:
