// Several goroutines waiting on one WaitGroup are all released when the
// counter drops to zero.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var work, waiters sync.WaitGroup
	var released atomic.Int32
	work.Add(1)
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			work.Wait()
			released.Add(1)
		}()
	}
	fmt.Println("released before Done:", released.Load())
	work.Done()
	waiters.Wait()
	fmt.Println("released after Done:", released.Load())
}

// Output:
// released before Done: 0
// released after Done: 5
