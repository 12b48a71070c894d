// slices.Reverse in place, on even, odd and empty lengths.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2, 3, 4}
	slices.Reverse(a)
	b := []string{"a", "b", "c"}
	slices.Reverse(b)
	var c []int
	slices.Reverse(c)
	fmt.Println(a, b, c)
	d := []int{1, 2, 3, 4, 5}
	slices.Reverse(d[1:4])
	fmt.Println(d)
}

// Output:
// [4 3 2 1] [c b a] []
// [1 4 3 2 5]
