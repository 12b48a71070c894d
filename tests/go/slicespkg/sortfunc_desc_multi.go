// slices.SortFunc in descending order, and reversing a sorted slice.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func main() {
	xs := []int{4, 1, 3, 5, 2}
	slices.SortFunc(xs, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println(xs)
	slices.Reverse(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	words := []string{"bb", "a", "ccc", "dd", "e"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(-cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	fmt.Println(words)
}

// Output:
// [5 4 3 2 1]
// [1 2 3 4 5] true
// [ccc bb dd a e]
