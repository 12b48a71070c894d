// Asserting an interface value to a type parameter: x.(T) and v, ok := x.(T).
package main

import "fmt"

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func Must[T any](x any) T { return x.(T) }

func OfType[T any](xs []any) []T {
	var r []T
	for _, x := range xs {
		if v, ok := x.(T); ok {
			r = append(r, v)
		}
	}
	return r
}

func main() {
	fmt.Println(As[int](3))
	fmt.Println(As[string](3))
	fmt.Println(As[fmt.Stringer](nil))
	fmt.Println(Must[float64](2.5))
	mixed := []any{1, "a", 2, "b", 3.0, error(nil)}
	fmt.Println(OfType[int](mixed), OfType[string](mixed), len(OfType[error](mixed)))
}

// Output:
// 3 true
//  false
// <nil> false
// 2.5
// [1 2] [a b] 0
