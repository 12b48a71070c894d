// GOMAXPROCS raised past the Ps that exist while timers run on other Ms:
// a new P must be complete before another thread can see it (was a crash
// in run_due_timers, 1 run in 4).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			for {
				time.Sleep(time.Microsecond)
			}
		}()
	}
	time.Sleep(time.Millisecond)
	for n := 1; n <= 64; n++ {
		runtime.GOMAXPROCS(n)
	}
	fmt.Println("ok")
}

// Output:
// ok
