package main

import "fmt"

func Max[T int | float64](a, b T) T { if a > b { return a }; return b }
func F[T any]() {}

type P[T any] struct{}

func main() {
	fmt.Println(Max(1, 2.5))
	fmt.Println(Max(1, "x"))
	F()
	var _ P[int, int]
}


// Exit: 2
// Stderr:
// infer_errors\.go:12:21: in call to Max, mismatched types untyped int and untyped string \(cannot infer T\)$
// infer_errors\.go:13:3: in call to F, cannot infer T \(declared at .*infer_errors\.go:6:8\)$
// infer_errors\.go:14:8: too many type arguments for type P: have 2, want 1$
// Output:
