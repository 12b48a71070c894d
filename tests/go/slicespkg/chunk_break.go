// Breaking out of a slices.Chunk loop.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	for c := range slices.Chunk(s, 2) {
		if slices.Contains(c, 5) {
			fmt.Println("found 5 in", c)
			break
		}
		fmt.Println("no 5 in", c)
	}
}

// Output:
// no 5 in [1 2]
// no 5 in [3 4]
// found 5 in [5 6]
