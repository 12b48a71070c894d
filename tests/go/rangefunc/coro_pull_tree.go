// iter.Pull (on minigo's internal/coro coroutines): tree.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

type tree struct {
	l, r *tree
	v    int
}

func (t *tree) walk(yield func(int) bool) bool {
	return t == nil || t.l.walk(yield) && yield(t.v) && t.r.walk(yield)
}

func (t *tree) all(yield func(int) bool) { t.walk(yield) }

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{v: v}
	}
	if v < t.v {
		t.l = insert(t.l, v)
	} else {
		t.r = insert(t.r, v)
	}
	return t
}

// sameValues compares two trees' in-order values one by one: the
// recursive walks are suspended deep in their recursion between steps.
func sameValues(a, b *tree) bool {
	na, sa := iter.Pull(a.all)
	defer sa()
	nb, sb := iter.Pull(b.all)
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if ok1 != ok2 || x != y {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	var a, b, c *tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		a = insert(a, v)
	}
	for _, v := range []int{1, 3, 4, 5, 8, 9} {
		b = insert(b, v)
	}
	for _, v := range []int{1, 3, 4, 5, 8, 10} {
		c = insert(c, v)
	}
	fmt.Println(sameValues(a, b), sameValues(a, c), runtime.NumGoroutine())
}


// Output:
// true false 1
