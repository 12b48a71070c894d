// slices.Insert at the start, middle and end, and with no values.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c"}
	fmt.Println(slices.Insert(s, 0, "x"))
	fmt.Println(slices.Insert(s, 1, "x", "y"))
	fmt.Println(slices.Insert(s, 3, "z"))
	fmt.Println(slices.Insert(s, 2))
	fmt.Println(s)
	var n []int
	n = slices.Insert(n, 0, 1, 2, 3)
	fmt.Println(n, len(n))
	fmt.Println(slices.Insert([]int(nil), 0) == nil)
}

// Output:
// [x a b c]
// [a x y b c]
// [a b c z]
// [a b c]
// [a b c]
// [1 2 3] 3
// true
