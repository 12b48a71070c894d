// iter.Pull (on minigo's internal/coro coroutines): zip.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

type seq = func(yield func(int) bool)

func count(from, n int) seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(from + i) {
				return
			}
		}
	}
}

// zip pairs two iterators, pulling from both in a range-over-func loop.
func zip(a, b seq) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	for x, y := range zip(count(0, 5), count(100, 3)) {
		fmt.Println(x, y)
	}
	for x, y := range zip(count(0, 5), count(10, 5)) {
		if x == 2 {
			break
		}
		fmt.Println(x, y)
	}
	fmt.Println(runtime.NumGoroutine())
}


// Output:
// 0 100
// 1 101
// 2 102
// 0 10
// 1 11
// 1
