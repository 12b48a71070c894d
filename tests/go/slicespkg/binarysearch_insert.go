// slices.BinarySearch gives the position that slices.Insert keeps sorted.
package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []int
	for _, v := range []int{5, 1, 4, 1, 9, 2, 6} {
		i, found := slices.BinarySearch(s, v)
		if !found {
			s = slices.Insert(s, i, v)
		}
	}
	fmt.Println(s, slices.IsSorted(s))
	words := []string{}
	for _, w := range []string{"pear", "apple", "fig"} {
		i, _ := slices.BinarySearch(words, w)
		words = slices.Insert(words, i, w)
	}
	fmt.Println(words)
}

// Output:
// [1 2 4 5 6 9] true
// [apple fig pear]
