// slices.Sort on ints, strings and a named slice type.
package main

import (
	"fmt"
	"slices"
)

type ages []int

func main() {
	xs := []int{5, 2, 8, 1, 9, 2, -3}
	slices.Sort(xs)
	fmt.Println(xs)
	ss := []string{"pear", "Apple", "fig", "apple"}
	slices.Sort(ss)
	fmt.Println(ss)
	a := ages{40, 3, 17}
	slices.Sort(a)
	fmt.Println(a)
}

// Output:
// [-3 1 2 2 5 8 9]
// [Apple apple fig pear]
// [3 17 40]
