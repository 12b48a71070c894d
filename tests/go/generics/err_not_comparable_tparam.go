// A type parameter constrained by any does not satisfy comparable.
package main

func Index[T comparable](s []T, v T) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func Find[T any](s []T, v T) int {
	return Index(s, v)
}

func main() {
	_ = Find([]int{1}, 1)
}

// Exit: 2
// Stderr:
// err_not_comparable_tparam\.go:14:14: T does not satisfy comparable$
// Output:
