// iter.Pull (on minigo's internal/coro coroutines): unused.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func main() {
	ran := false
	_, stop := iter.Pull(func(yield func(int) bool) { ran = true })
	stop() // stopped before any next: the iterator never runs
	fmt.Println(ran, runtime.NumGoroutine())
	next, stop := iter.Pull(func(yield func(int) bool) {})
	fmt.Println(next())
	fmt.Println(next())
	stop()
}


// Output:
// false 1
// 0 false
// 0 false
