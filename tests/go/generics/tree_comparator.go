// A generic binary search tree ordered by a comparator given at creation.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	root *tnode[T]
	cmp  func(a, b T) int
}

type tnode[T any] struct {
	val         T
	left, right *tnode[T]
}

func NewTree[T any](cmp func(a, b T) int) *Tree[T] { return &Tree[T]{cmp: cmp} }

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		c := t.cmp(v, (*p).val)
		switch {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{val: v}
	return true
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T any](n *tnode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

func main() {
	t := NewTree(func(a, b int) int { return a - b })
	for _, v := range []int{5, 3, 8, 1, 4, 8, 9} {
		if !t.Insert(v) {
			fmt.Println("dup", v)
		}
	}
	t.Walk(func(v int) { fmt.Print(" ", v) })
	fmt.Println()
	byLen := NewTree(func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	for _, w := range []string{"pear", "fig", "banana", "kiwi", "apple"} {
		byLen.Insert(w)
	}
	byLen.Walk(func(s string) { fmt.Print(" ", s) })
	fmt.Println()
}

// Output:
// dup 8
//  1 3 4 5 8 9
//  fig kiwi pear apple banana
