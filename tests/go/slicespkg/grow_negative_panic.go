// slices.Grow with a negative count panics.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := slices.Grow([]int{1}, 0)
	fmt.Println(s)
	slices.Grow(s, -1)
}

// Exit: 2
// Stderr:
// ^panic: cannot be negative$
// ^goroutine 1 \[running\]:$
// Output:
// [1]
