// == on values of a type parameter constrained by any.
package main

func Eq[T any](a, b T) bool {
	return a == b
}

func main() {
	_ = Eq(1, 1)
}

// Exit: 2
// Stderr:
// err_incomparable_tparam\.go:5:9: invalid operation: a == b \(incomparable types in type set\)$
// Output:
