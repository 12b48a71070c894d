// A generic function passed uninstantiated where a func type is expected: its type arguments come from the parameter (Go 1.21).
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func Apply[T any](xs []T, f func(T, T) int) int {
	n := 0
	for i := 1; i < len(xs); i++ {
		n += f(xs[i-1], xs[i])
	}
	return n
}

func Identity[T any](x T) T { return x }

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

func main() {
	xs := []int{3, 1, 2}
	fmt.Println(Apply(xs, cmp.Compare[int]))
	fmt.Println(Apply(xs, cmp.Compare))
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	fmt.Println(Map([]string{"a", "b"}, Identity[string]))
	var f func(float64) float64 = Identity
	fmt.Println(f(1.5))
}

// Output:
// 0
// 0
// [1 2 3]
// [a b]
// 1.5
