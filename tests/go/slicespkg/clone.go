// slices.Clone copies; a nil slice stays nil and an empty one stays non-nil.
package main

import (
	"fmt"
	"slices"
)

type IDs []int

func main() {
	s := []int{1, 2, 3}
	c := slices.Clone(s)
	c[0] = 99
	fmt.Println(s, c)
	var n []int
	fmt.Println(slices.Clone(n) == nil)
	e := slices.Clone([]int{})
	fmt.Println(e == nil, len(e))
	ids := slices.Clone(IDs{4, 5})
	fmt.Printf("%T %v\n", ids, ids)
	sub := slices.Clone(s[1:2])
	fmt.Println(sub, len(sub))
}

// Output:
// [1 2 3] [99 2 3]
// true
// false 0
// main.IDs [4 5]
// [2] 1
