// slices.Clip removes the unused capacity, so an append copies.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := make([]int, 3, 10)
	c := slices.Clip(a)
	fmt.Println(len(c), cap(c))
	c = append(c, 1)
	c[0] = 5
	fmt.Println(a, c)
	sub := []int{1, 2, 3, 4, 5}[1:3]
	fmt.Println(cap(sub), cap(slices.Clip(sub)))
	fmt.Println(slices.Clip([]int(nil)) == nil)
}

// Output:
// 3 3
// [0 0 0] [5 0 0 1]
// 4 2
// true
