// -sched=coop turns preemption off, as in Go before 1.14: with one P, a
// goroutine in a long loop keeps it until it finishes, so main (which
// yielded) runs again only after the loop is done.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	finished := false
	go func() {
		x := 0
		for i := 0; i < 30000000; i++ {
			x += i & 1
		}
		finished = true
	}()
	runtime.Gosched()
	fmt.Println("loop finished before main ran again:", finished)
}

// Flags: -sched=coop
// Env: GOMAXPROCS=1
// Output:
// loop finished before main ran again: true
