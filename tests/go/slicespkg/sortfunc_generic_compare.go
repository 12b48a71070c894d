// cmp.Compare passed uninstantiated to slices.SortFunc, and strings.Compare.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	ws := []string{"b", "C", "a"}
	slices.SortFunc(ws, strings.Compare)
	fmt.Println(ws)
	slices.SortFunc(ws, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ws)
}

// Output:
// [1 2 3]
// [C a b]
// [a b C]
