// A generic Matrix[T] over [][]T with multiplication.
package main

import "fmt"

type Matrix[T ~int | ~float64] [][]T

func New[T ~int | ~float64](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func (a Matrix[T]) Mul(b Matrix[T]) Matrix[T] {
	m := New[T](len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				m[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return m
}

func main() {
	a := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(a))
	id := Matrix[float64]{{1, 0}, {0, 1}}
	fmt.Println(id.Mul(Matrix[float64]{{0.5, 2}, {3, 4}}))
}

// Output:
// [[7 10] [15 22]]
// [[0.5 2] [3 4]]
