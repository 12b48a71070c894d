// slices.Repeat with a negative count panics.
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Repeat([]int{7}, 1))
	slices.Repeat([]int{7}, -2)
}

// Exit: 2
// Stderr:
// ^panic: cannot be negative$
// ^goroutine 1 \[running\]:$
// Output:
// [7]
