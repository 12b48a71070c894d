package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T { var s T; for _, x := range xs { s += x }; return s }
func Eq[T comparable](a, b T) bool { return a == b }
func Str[T fmt.Stringer](x T) string { return x.String() }
func Two[A, B any](a A) B { var b B; return b }

type List[T any] struct{ v T }

func main() {
	_ = Sum("a", "b")
	_ = Eq([]int{}, nil)
	_ = Str(3)
	_ = Two(1)
	f := Sum
	var l List
	_ = Sum[int, int](1)
	_ = Eq[[]int]
	var x Number
	_, _, _ = f, l, x
}


// Exit: 2
// Stderr:
// use_errors\.go:15:9: string does not satisfy Number \(string missing in ~int \| ~float64\)$
// use_errors\.go:16:8: \[\]int does not satisfy comparable$
// use_errors\.go:17:9: int does not satisfy fmt\.Stringer \(missing method String\)$
// use_errors\.go:18:9: in call to Two, cannot infer B \(declared at .*use_errors\.go:10:13\)$
// use_errors\.go:19:7: cannot use generic function Sum without instantiation$
// use_errors\.go:20:8: cannot use generic type List\[T any\] without instantiation$
// use_errors\.go:21:15: got 2 type arguments but want 1$
// use_errors\.go:22:9: \[\]int does not satisfy comparable$
// use_errors\.go:23:8: cannot use type Number outside a type constraint: interface contains type constraints$
// Output:
