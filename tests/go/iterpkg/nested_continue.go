// A labeled continue from an inner iterator loop stops only the inner iterator.
package main

import (
	"fmt"
	"iter"
)

func upto(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(" ", name, "stopped at", i)
				return
			}
		}
	}
}

func main() {
rows:
	for i := range upto("rows", 3) {
		for j := range upto("cols", 4) {
			if j > i {
				continue rows
			}
			fmt.Println(i, j)
		}
	}
}

// Output:
// 0 0
//   cols stopped at 1
// 1 0
// 1 1
//   cols stopped at 2
// 2 0
// 2 1
// 2 2
//   cols stopped at 3
