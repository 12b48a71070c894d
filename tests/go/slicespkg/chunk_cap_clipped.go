// Each slices.Chunk chunk has its capacity clipped: appending to it copies.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	for c := range slices.Chunk(s, 2) {
		fmt.Println(c, len(c), cap(c))
		c = append(c, 0)
		c[0] = -1
	}
	fmt.Println(s)
	for c := range slices.Chunk(s, 2) {
		c[0] *= 10 // without append the chunk shares s's array
	}
	fmt.Println(s)
}

// Output:
// [1 2] 2 2
// [3 4] 2 2
// [5] 1 1
// [1 2 3 4 5]
// [10 2 30 4 50]
