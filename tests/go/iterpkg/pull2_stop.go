// iter.Pull2: stopping early, twice, and next after stop.
package main

import (
	"fmt"
	"iter"
)

func enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("enumerate: cleanup")
		for i, w := range words {
			if !yield(i, w) {
				fmt.Println("enumerate: stopped at", i)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull2(enumerate([]string{"x", "y", "z"}))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	k, v, ok := next()
	fmt.Printf("%d %q %v\n", k, v, ok)
}

// Output:
// 0 x true
// 1 y true
// enumerate: stopped at 1
// enumerate: cleanup
// 0 "" false
