// slices.Delete with j past the end panics with the runtime's bounds message.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	fmt.Println(slices.Delete(s, 2, 3))
	slices.Delete(s, 1, 4)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: slice bounds out of range \[:4:3\]$
// ^goroutine 1 \[running\]:$
// Output:
// [1 2]
