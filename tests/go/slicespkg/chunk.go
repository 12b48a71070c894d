// slices.Chunk yields consecutive sub-slices of n elements; the last may be shorter.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(s, 3) {
		fmt.Println(c, len(c))
	}
	for c := range slices.Chunk(s, 7) {
		fmt.Println("one:", c)
	}
	for c := range slices.Chunk(s, 100) {
		fmt.Println("big:", c)
	}
	n := 0
	for range slices.Chunk([]int{}, 2) {
		n++
	}
	fmt.Println("empty:", n)
	fmt.Println(slices.Collect(slices.Chunk([]string{"a", "b", "c", "d"}, 2)))
}

// Output:
// [1 2 3] 3
// [4 5 6] 3
// [7] 1
// one: [1 2 3 4 5 6 7]
// big: [1 2 3 4 5 6 7]
// empty: 0
// [[a b] [c d]]
