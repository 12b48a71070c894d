// Merging two sorted sequences with two iter.Pull iterators.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || (oka && va <= vb) {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 6, 10})
	b := slices.Values([]int{2, 3, 7})
	fmt.Println(slices.Collect(Merge(a, b)))
	for v := range Merge(a, b) {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}

// Output:
// [1 2 3 4 6 7 10]
// 1 2 3 4 
