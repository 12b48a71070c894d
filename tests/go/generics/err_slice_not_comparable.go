// A slice type argument does not satisfy comparable.
package main

type Set[T comparable] map[T]struct{}

func main() {
	var s Set[[]int]
	_ = s
}

// Exit: 2
// Stderr:
// err_slice_not_comparable\.go:7:12: \[\]int does not satisfy comparable$
// Output:
