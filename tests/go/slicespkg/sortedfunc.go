// slices.SortedFunc sorts a sequence with a comparison function.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple"}
	desc := slices.SortedFunc(slices.Values(words), func(a, b string) int { return cmp.Compare(b, a) })
	fmt.Println(desc)
	fold := slices.SortedFunc(slices.Values(words), func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(len(fold), fold[2:])
	byLen := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println(byLen)
}

// Output:
// [cherry banana apple Apple]
// 4 [banana cherry]
// [a bb ccc]
