// Methods returning the same generic type, chained.
package main

import "fmt"

type List[T any] struct{ items []T }

func Of[T any](vs ...T) List[T] { return List[T]{vs} }

func (l List[T]) Map(f func(T) T) List[T] {
	r := make([]T, len(l.items))
	for i, v := range l.items {
		r[i] = f(v)
	}
	return List[T]{r}
}

func (l List[T]) Filter(f func(T) bool) List[T] {
	var r []T
	for _, v := range l.items {
		if f(v) {
			r = append(r, v)
		}
	}
	return List[T]{r}
}

func (l List[T]) Items() []T { return l.items }

func main() {
	r := Of(1, 2, 3, 4, 5).
		Map(func(n int) int { return n * 3 }).
		Filter(func(n int) bool { return n%2 == 1 }).
		Items()
	fmt.Println(r)
	fmt.Println(Of("a", "b").Map(func(s string) string { return s + s }).Items())
}

// Output:
// [3 9 15]
// [aa bb]
