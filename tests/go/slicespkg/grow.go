// slices.Grow guarantees room for n more elements without changing the length.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	g := slices.Grow(s, 10)
	fmt.Println(g, len(g), cap(g) >= 13)
	p := &g[0]
	g = append(g, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
	fmt.Println(p == &g[0], len(g))
	big := make([]int, 2, 100)
	same := slices.Grow(big, 50)
	fmt.Println(cap(same), &same[0] == &big[0])
	fmt.Println(slices.Grow([]int(nil), 0) == nil)
	n := slices.Grow([]string(nil), 4)
	fmt.Println(len(n), cap(n) >= 4, n == nil)
}

// Output:
// [1 2 3] 3 true
// true 13
// 100 true
// true
// 0 true false
