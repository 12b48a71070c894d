// slices.IsSorted and IsSortedFunc on sorted, unsorted, empty and one-element slices.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	fmt.Println(slices.IsSorted([]int{1, 2, 2, 3}), slices.IsSorted([]int{2, 1}), slices.IsSorted([]int{}), slices.IsSorted([]string{"x"}))
	byLen := func(a, b string) int { return len(a) - len(b) }
	fmt.Println(slices.IsSortedFunc([]string{"a", "bb", "cc", "ddd"}, byLen))
	fmt.Println(slices.IsSortedFunc([]string{"bb", "a"}, byLen))
	fmt.Println(slices.IsSortedFunc([]string{"B", "a", "C"}, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}))
}

// Output:
// true false true true
// true
// false
// false
