package main

func Add[T any](a, b T) T { return a + b }
func Lt[T any](a, b T) bool { return a < b }
func Eq[T any](a, b T) bool { return a == b }

func main() {
	_ = Add(1, 2)
	_ = Lt(1, 2)
	_ = Eq(1, 2)
}


// Exit: 2
// Stderr:
// operator_errors\.go:3:36: invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)$
// operator_errors\.go:4:38: invalid operation: a < b \(type parameter T cannot use operator <\)$
// operator_errors\.go:5:38: invalid operation: a == b \(incomparable types in type set\)$
// Output:
