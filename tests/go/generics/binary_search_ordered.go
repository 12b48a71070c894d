// A generic binary search over a sorted slice of cmp.Ordered values.
package main

import (
	"cmp"
	"fmt"
)

func Search[T cmp.Ordered](s []T, x T) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		m := (lo + hi) / 2
		if s[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(s) && s[lo] == x
}

func main() {
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(Search(xs, 7))
	fmt.Println(Search(xs, 4))
	fmt.Println(Search([]string{"ant", "bee", "cat"}, "cow"))
	fmt.Println(Search([]float64{0.5, 1.5}, 0.5))
}

// Output:
// 3 true
// 2 false
// 3 false
// 0 true
