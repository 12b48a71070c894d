// slices.Chunk with a negative or zero n panics with "cannot be less than 1".
package main

import (
	"fmt"
	"slices"
)

func try(n int) {
	defer func() { fmt.Println(n, recover()) }()
	for c := range slices.Chunk([]int{1, 2, 3}, n) {
		fmt.Print(c, " ")
	}
}

func main() {
	try(-3)
	try(0)
	try(1)
}

// Output:
// -3 cannot be less than 1
// 0 cannot be less than 1
// [1] [2] [3] 1 <nil>
