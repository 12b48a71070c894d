// minigo only: a user program cannot import internal/coro under Go (the
// // Flags: line keeps tests/diff_go.sh from trying). pull below is
// iter.Pull for ints on internal/coro; the expected output is what Go
// prints for the same program with iter.Pull in place of pull.
package main

import (
	"fmt"
	"internal/coro"
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
	na, sa := pull(a.all)
	defer sa()
	nb, sb := pull(b.all)
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

// pull is iter.Pull for ints, written on internal/coro as iter.Pull will
// be once generics are in (see docs/LANGUAGE.md).
func pull(seq func(yield func(int) bool)) (next func() (int, bool), stop func()) {
	var st struct {
		v                         int
		ok, done, yieldNext, ended bool
		panicVal                  any
	}
	c := coro.New(func(c *coro.Coro) {
		if st.done {
			return
		}
		yield := func(v int) bool {
			if st.done {
				return false
			}
			if !st.yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			st.yieldNext = false
			st.v, st.ok = v, true
			coro.Switch(c)
			return !st.done
		}
		defer func() {
			if p := recover(); p != nil {
				st.panicVal = p
			} else if !st.ended {
				st.panicVal = goexitMark
			}
			st.done = true
		}()
		seq(yield)
		st.v, st.ok = 0, false
		st.ended = true
	})
	rethrow := func() {
		if st.panicVal == goexitMark {
			runtime.Goexit()
		} else if st.panicVal != nil {
			panic(st.panicVal)
		}
	}
	next = func() (int, bool) {
		if st.done {
			return 0, false
		}
		if st.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		st.yieldNext = true
		coro.Switch(c)
		rethrow()
		return st.v, st.ok
	}
	stop = func() {
		if !st.done {
			st.done = true
			coro.Switch(c)
			rethrow()
		}
	}
	return next, stop
}

// goexitMark stands for a runtime.Goexit in the iterator.
var goexitMark any = new(int)

// Flags: -lang=go1.22
// Output:
// true false 1
