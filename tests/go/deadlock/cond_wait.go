// Waiting on a sync.Cond that is never signalled: [sync.Cond.Wait].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal")
	cond.Wait()
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[sync.Cond.Wait\]:$
// Output:
// waiting for a signal
