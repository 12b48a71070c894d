// iter.Pull (on minigo's internal/coro coroutines): reentrant.
package main

import (
	"fmt"
	"iter"
)

func main() {
	var next func() (int, bool)
	var stop func()
	next, stop = iter.Pull(func(yield func(int) bool) {
		yield(1)
		next() // from inside the iterator: misuse
	})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(next())
		fmt.Println(next())
	}()
	fmt.Println(next())
	stop()
}

// Output:
// 1 true
// recovered: iter.Pull: next called again before yield
// 0 false
