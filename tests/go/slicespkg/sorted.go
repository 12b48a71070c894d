// slices.Sorted collects a sequence into a new sorted slice.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	src := []int{5, 3, 9, 1}
	s := slices.Sorted(slices.Values(src))
	fmt.Println(s, src)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	e := slices.Sorted(slices.Values([]float64(nil)))
	fmt.Println(e == nil, len(e))
	countdown := func(yield func(int) bool) {
		for i := 5; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
	fmt.Println(slices.Sorted(countdown))
}

// Output:
// [1 3 5 9] [5 3 9 1]
// [a b c]
// true 0
// [1 2 3 4 5]
