// A labeled break from an inner iterator loop stops both iterators, inner first.
package main

import (
	"fmt"
	"iter"
)

func count(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "told to stop at", i)
				return
			}
		}
	}
}

func main() {
outer:
	for i := range count("outer", 3) {
		for j := range count("inner", 3) {
			if i == 1 && j == 1 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("after loops")
}

// Output:
// 0 0
// 0 1
// 0 2
// inner done
// 1 0
// inner told to stop at 1
// inner done
// outer told to stop at 1
// outer done
// after loops
