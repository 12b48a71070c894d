// A WaitGroup whose counter never reaches zero: [sync.WaitGroup.Wait].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[sync.WaitGroup.Wait\]:$
// Output:
// one worker done
