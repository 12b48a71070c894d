// Two arguments that infer different types for one type parameter.
package main

func Pair[T any](a, b T) []T { return []T{a, b} }

func main() {
	var i int = 1
	var s string = "a"
	_ = Pair(i, s)
}

// Exit: 2
// Stderr:
// err_mismatched_inference\.go:9:14: in call to Pair, type string of s does not match inferred type int for T$
// Output:
