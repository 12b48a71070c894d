// With preemption (the default), a goroutine in a long loop is stopped after
// about 10 ms, so main, which yielded, runs again before the loop is done.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var finished atomic.Bool
	go func() {
		x := 0
		for i := 0; i < 2000000000; i++ {
			x += i & 1
		}
		finished.Store(true)
	}()
	runtime.Gosched()
	fmt.Println("main ran while the loop was still going:", !finished.Load())
}

// Env: GOMAXPROCS=1
// Output:
// main ran while the loop was still going: true
