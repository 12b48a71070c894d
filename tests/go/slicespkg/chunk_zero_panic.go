// slices.Chunk with n = 0 panics at the call, before any loop runs.
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println("start")
	seq := slices.Chunk([]int{1, 2}, 0)
	fmt.Println("unreachable", seq != nil)
}

// Exit: 2
// Stderr:
// ^panic: cannot be less than 1$
// ^goroutine 1 \[running\]:$
// Output:
// start
