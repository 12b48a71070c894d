// iter.Pull (on minigo's internal/coro coroutines): panic.
package main

import (
	"errors"
	"fmt"
	"iter"
)

var errBroke = errors.New("seq broke")

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		defer fmt.Println("iterator's defer")
		yield(5)
		panic(errBroke)
	})
	func() {
		defer func() {
			r := recover()
			fmt.Println("caller of next recovered:", r, r == errBroke)
		}()
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
	}()
	fmt.Println(next())
	stop()
	// a panic while stopping goes to the caller of stop
	next, stop = iter.Pull(func(yield func(int) bool) {
		if !yield(1) {
			panic("cleanup failed")
		}
	})
	next()
	defer func() { fmt.Println("caller of stop recovered:", recover()) }()
	stop()
}

// Output:
// 5 true
// iterator's defer
// caller of next recovered: seq broke true
// 0 false
// caller of stop recovered: cleanup failed
