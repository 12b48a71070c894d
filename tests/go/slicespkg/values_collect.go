// slices.Values and slices.Collect: Collect of an empty sequence is nil.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 2}
	c := slices.Collect(slices.Values(s))
	c[0] = 30
	fmt.Println(s, c)
	sum := 0
	for v := range slices.Values(s) {
		sum += v
	}
	fmt.Println(sum)
	e := slices.Collect(slices.Values([]string{}))
	fmt.Println(e == nil, len(e))
	evens := func(yield func(int) bool) {
		for i := 0; i < 10; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(evens))
}

// Output:
// [3 1 2] [30 1 2]
// 6
// true 0
// [0 2 4 6 8]
