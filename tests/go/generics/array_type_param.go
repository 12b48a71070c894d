// A generic array type Vec[T] [3]T with arithmetic methods.
package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Vec[T Num] [3]T

func (a Vec[T]) Add(b Vec[T]) Vec[T] {
	for i := range a {
		a[i] += b[i]
	}
	return a
}

func (a Vec[T]) Dot(b Vec[T]) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a.Dot(b), a)
	f := Vec[float64]{0.5, 0, 1}
	fmt.Println(f.Dot(f), len(f))
}

// Output:
// [5 7 9] 32 [1 2 3]
// 1.25 3
