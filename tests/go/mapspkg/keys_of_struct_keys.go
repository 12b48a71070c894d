// maps.Keys over struct keys, sorted with slices.SortedFunc.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type point struct{ x, y int }

func main() {
	m := map[point]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"}
	keys := slices.SortedFunc(maps.Keys(m), func(a, b point) int {
		return cmp.Or(cmp.Compare(a.x, b.x), cmp.Compare(a.y, b.y))
	})
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
}

// Output:
// {1 2} a
// {1 5} b
// {2 1} c
