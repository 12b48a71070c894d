// slices.Insert works in place when the capacity suffices, and copies otherwise.
package main

import (
	"fmt"
	"slices"
)

func main() {
	base := make([]int, 3, 10)
	copy(base, []int{1, 2, 3})
	r := slices.Insert(base, 1, 9)
	fmt.Println(r, &r[0] == &base[0], base[:4])
	small := []int{1, 2, 3}
	r2 := slices.Insert(small, 1, 7, 8)
	fmt.Println(r2, small, &r2[0] == &small[0])
}

// Output:
// [1 9 2 3] true [1 9 2 3]
// [1 7 8 2 3] [1 2 3] false
