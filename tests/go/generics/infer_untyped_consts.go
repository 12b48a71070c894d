// Inference from untyped constants: Max(1, 2.5) makes T float64.
package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Show[T any](v T) string { return fmt.Sprintf("%T(%v)", v, v) }

func main() {
	m := Max(1, 2.5)
	fmt.Printf("%T %v\n", m, m)
	fmt.Printf("%T\n", Max(1, 2))
	fmt.Println(Show(1), Show(2.0), Show('x'), Show("s"), Show(true))
	fmt.Println(Show(1 << 3))
}

// Output:
// float64 2.5
// int
// int(1) float64(2) int32(120) string(s) bool(true)
// int(8)
