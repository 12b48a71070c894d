// + is not defined on a type parameter constrained by any.
package main

func Add[T any](x, y T) T {
	return x + y
}

func main() {
	_ = Add(1, 2)
}

// Exit: 2
// Stderr:
// err_operator_not_defined\.go:5:9: invalid operation: operator \+ not defined on x \(variable of type T constrained by any\)$
// Output:
