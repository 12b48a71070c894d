// iter.Pull: stop ends the iterator early; its yield returns false and its defers run.
package main

import (
	"fmt"
	"iter"
)

func gen(yield func(int) bool) {
	defer fmt.Println("gen: deferred cleanup")
	for i := 0; ; i++ {
		if !yield(i) {
			fmt.Println("gen: yield returned false at", i)
			return
		}
	}
}

func main() {
	next, stop := iter.Pull(iter.Seq[int](gen))
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println("main got", v, ok)
	}
	fmt.Println("main: calling stop")
	stop()
	fmt.Println("main: stopped")
	fmt.Println(next())
}

// Output:
// main got 0 true
// main got 1 true
// main got 2 true
// main: calling stop
// gen: yield returned false at 2
// gen: deferred cleanup
// main: stopped
// 0 false
