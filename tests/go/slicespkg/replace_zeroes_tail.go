// slices.Replace with fewer values zeroes the elements past the new length.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	r := slices.Replace(s, 1, 4, 0)
	fmt.Println(r, len(r))
	fmt.Println(s)
	t := []int{1, 2, 3}
	r2 := slices.Replace(t, 1, 3)
	fmt.Println(r2, t)
}

// Output:
// [1 0 5 6] 4
// [1 0 5 6 0 0]
// [1] [1 0 0]
