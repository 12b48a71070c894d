// A Map/Filter/Reduce pipeline of generic functions over one slice.
package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(even, func(n int) int { return n * n })
	labels := Map(squares, func(n int) string { return fmt.Sprintf("<%d>", n) })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	joined := Reduce(labels, "", func(a string, s string) string { return a + s })
	fmt.Println(even, squares, sum)
	fmt.Println(joined)
}

// Output:
// [2 4 6 8 10] [4 16 36 64 100] 220
// <4><16><36><64><100>
