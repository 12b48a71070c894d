// iter.Pull (on minigo's internal/coro coroutines): basic.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleans up")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("iterator told to stop at", i)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println("after stop:", runtime.NumGoroutine())
	fmt.Println(next())
	stop() // a second stop does nothing
	next, stop = iter.Pull(count(2))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("v", v)
	}
	fmt.Println(next())
	stop()
	fmt.Println("at the end:", runtime.NumGoroutine())
}


// Output:
// goroutines: 2
// 0 true
// 1 true
// iterator told to stop at 1
// iterator cleans up
// after stop: 1
// 0 false
// v 0
// v 1
// iterator cleans up
// 0 false
// at the end: 1
