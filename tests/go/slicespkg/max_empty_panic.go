// slices.Max of an empty slice panics with Go's message.
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{1}))
	fmt.Println(slices.Max([]int{}))
}

// Exit: 2
// Stderr:
// ^panic: slices\.Max: empty list$
// ^goroutine 1 \[running\]:$
// Output:
// 1
