// While main sleeps, another goroutine runs on the only P, sleeping and
// waking three times: the sleep does not hold the thread.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var progress atomic.Int32

func main() {
	go func() {
		for i := 1; i <= 3; i++ {
			progress.Store(int32(i))
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(200 * time.Millisecond)
	fmt.Println(progress.Load())
}

// Env: GOMAXPROCS=1
// Output:
// 3
