// slices.Insert past the end of the slice panics with the runtime's bounds message.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	fmt.Println(slices.Insert(s, 3, 4))
	slices.Insert(s, 5, 6)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[5:3\]$
// ^goroutine 1 \[running\]:$
// Output:
// [1 2 3 4]
