// slices.Compact collapses runs of equal elements and zeroes the tail.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	r := slices.Compact(s)
	fmt.Println(r, len(r), s)
	fmt.Println(slices.Compact([]string{"a", "a", "a"}))
	fmt.Println(slices.Compact([]int{1, 2, 3}))
	fmt.Println(slices.Compact([]int(nil)) == nil, slices.Compact([]int{7}))
}

// Output:
// [1 2 3 1 4] 5 [1 2 3 1 4 0 0 0 0]
// [a]
// [1 2 3]
// true [7]
