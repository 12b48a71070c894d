// iter.Pull: stop may be called more than once; later calls do nothing.
package main

import (
	"fmt"
	"iter"
)

func main() {
	calls := 0
	seq := func(yield func(int) bool) {
		defer func() { calls++; fmt.Println("iterator done") }()
		for i := 0; i < 10; i++ {
			if !yield(i) {
				return
			}
		}
	}
	next, stop := iter.Pull(seq)
	fmt.Println(next())
	stop()
	stop()
	stop()
	fmt.Println("cleanups:", calls)
	fmt.Println(next())
	// stop after the sequence has ended on its own
	next2, stop2 := iter.Pull(iter.Seq[int](func(yield func(int) bool) { yield(7) }))
	fmt.Println(next2())
	fmt.Println(next2())
	stop2()
	stop2()
	fmt.Println("ok")
}

// Output:
// 0 true
// iterator done
// cleanups: 1
// 0 false
// 7 true
// 0 false
// ok
