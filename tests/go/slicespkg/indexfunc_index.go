// slices.Index finds the first match; IndexFunc with a closure over state.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"x", "y", "x", "z"}
	fmt.Println(slices.Index(s, "x"), slices.Index(s, "z"), slices.Index(s, "w"))
	seen := map[string]bool{}
	dup := slices.IndexFunc(s, func(v string) bool {
		if seen[v] {
			return true
		}
		seen[v] = true
		return false
	})
	fmt.Println(dup)
	type pt struct{ x, y int }
	fmt.Println(slices.Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	fmt.Println(slices.IndexFunc([]int(nil), func(int) bool { return true }))
}

// Output:
// 0 3 -1
// 2
// 1
// -1
