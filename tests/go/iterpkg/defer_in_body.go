// A defer in a range-over-func body runs when the enclosing function returns.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func each(xs []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("iterator returns")
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func work() {
	for x := range each([]string{"a", "b", "c"}) {
		defer fmt.Println("deferred", x)
		fmt.Println("body", x)
	}
	fmt.Println("loop over")
}

func early() (n int) {
	for v := range slices.Values([]int{1, 2, 3}) {
		defer func() { n += v }()
		if v == 2 {
			return 100
		}
	}
	return 0
}

func main() {
	work()
	fmt.Println("work returned")
	fmt.Println(early())
}

// Output:
// body a
// body b
// body c
// iterator returns
// loop over
// deferred c
// deferred b
// deferred a
// work returned
// 103
