// An interface with a type set cannot be used as an ordinary type.
package main

type Number interface {
	~int | ~float64
}

func main() {
	var n Number
	_ = n
}

// Exit: 2
// Stderr:
// err_constraint_as_type\.go:9:8: cannot use type Number outside a type constraint: interface contains type constraints$
// Output:
