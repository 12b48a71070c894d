// A generic named func type Pred[T] with methods And and Not.
package main

import "fmt"

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(v T) bool { return p(v) && q(v) } }
func (p Pred[T]) Not() Pred[T]          { return func(v T) bool { return !p(v) } }

func Select[T any](s []T, p Pred[T]) []T {
	var r []T
	for _, v := range s {
		if p(v) {
			r = append(r, v)
		}
	}
	return r
}

func main() {
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 3 })
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(Select(xs, even.And(big)), Select(xs, even.Not()))
}

// Output:
// [4 6] [1 3 5]
