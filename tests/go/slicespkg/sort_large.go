// slices.Sort of a large pseudo-random slice, checked in order afterwards.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := make([]int, 100000)
	x := uint32(12345)
	for i := range xs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		xs[i] = int(x % 1000)
	}
	slices.Sort(xs)
	fmt.Println(slices.IsSorted(xs), xs[0], xs[len(xs)-1], len(xs))
	desc := make([]int, 5000)
	for i := range desc {
		desc[i] = len(desc) - i
	}
	slices.Sort(desc)
	fmt.Println(desc[:5], slices.IsSorted(desc))
}

// Output:
// true 0 999 100000
// [1 2 3 4 5] true
