// A method of a generic type calling generic functions with its own type parameter.
package main

import "fmt"

func Filter[T any](s []T, f func(T) bool) []T {
	var r []T
	for _, v := range s {
		if f(v) {
			r = append(r, v)
		}
	}
	return r
}

func Count[T any](s []T) int { return len(s) }

type Bag[T comparable] struct{ items []T }

func (b *Bag[T]) Add(vs ...T) { b.items = append(b.items, vs...) }

func (b Bag[T]) Without(x T) Bag[T] {
	return Bag[T]{Filter(b.items, func(v T) bool { return v != x })}
}

func (b Bag[T]) Size() int { return Count(b.items) }

func main() {
	var b Bag[string]
	b.Add("a", "b", "a", "c")
	w := b.Without("a")
	fmt.Println(w.items, w.Size(), b.Size())
}

// Output:
// [b c] 2 4
