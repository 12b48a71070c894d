// iter.Pull (on minigo's internal/coro coroutines): two goroutines.
package main

import (
	"fmt"
	"iter"
)

func main() {
	gate := make(chan bool)
	started := make(chan bool)
	next, stop := iter.Pull(func(yield func(int) bool) {
		started <- true
		<-gate // the first caller's next is still running here
		yield(42)
	})
	got := make(chan string)
	go func() {
		v, ok := next()
		got <- fmt.Sprint(v, " ", ok)
	}()
	<-started
	func() {
		defer func() { fmt.Println("second caller:", recover()) }()
		next()
	}()
	close(gate)
	fmt.Println("first caller:", <-got)
	stop()
}

// Output:
// second caller: iter.Pull: next called again before yield
// first caller: 42 true
