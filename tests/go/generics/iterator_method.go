// A generic list whose All method returns an iter.Seq[T], ranged over with for range.
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head *elem[T]
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Push(v T) { l.head = &elem[T]{v, l.head} }

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.v) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for v := range l.All() {
		fmt.Print(" ", v)
	}
	fmt.Println()
	for v := range l.All() {
		if v == "b" {
			break
		}
		fmt.Println("first:", v)
	}
}

// Output:
//  a b c
// first: a
