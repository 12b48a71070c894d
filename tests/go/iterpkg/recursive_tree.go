// A recursive iterator over a generic binary tree, with early exit.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.val) && t.right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.walk(yield) }
}

func main() {
	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = t.Insert(v)
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.All() {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(t.All())
	defer stop()
	a, _ := next()
	b, _ := next()
	fmt.Println(a, b)
}

// Output:
// 1 3 4 5 7 8 9 
// 1 3 4 
// 1 3
