// slices.Min of a nil slice panics with Go's message.
package main

import "slices"

func main() {
	var s []string
	_ = slices.Min(s)
}

// Exit: 2
// Stderr:
// ^panic: slices\.Min: empty list$
// Output:
