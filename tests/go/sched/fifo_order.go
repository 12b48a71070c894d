// With GOMAXPROCS=1 and -sched=fifo, goroutines run in the order they were
// started and a yielding goroutine goes to the back of the queue: a fixed,
// reproducible interleaving.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := 0
	for id := 1; id <= 3; id++ {
		go func() {
			for step := 0; step < 2; step++ {
				fmt.Println("goroutine", id, "step", step)
				runtime.Gosched()
			}
			done++
		}()
	}
	for done < 3 {
		runtime.Gosched()
	}
	fmt.Println("all done")
}

// Flags: -sched=fifo
// Env: GOMAXPROCS=1
// Output:
// goroutine 1 step 0
// goroutine 2 step 0
// goroutine 3 step 0
// goroutine 1 step 1
// goroutine 2 step 1
// goroutine 3 step 1
// all done
