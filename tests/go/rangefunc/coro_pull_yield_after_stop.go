// iter.Pull (on minigo's internal/coro coroutines): yield after stop.
package main

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			fmt.Println("yield", i, "->", yield(i))
		}
		fmt.Println("iterator returns")
	})
	fmt.Println(next())
	stop()
	fmt.Println(next())
}

// Output:
// 0 true
// yield 0 -> false
// yield 1 -> false
// yield 2 -> false
// iterator returns
// 0 false
