// A generic interface type Container[T], implemented by two generic types.
package main

import "fmt"

type Container[T any] interface {
	Put(T)
	Take() (T, bool)
}

type Stack[T any] struct{ s []T }

func (st *Stack[T]) Put(v T) { st.s = append(st.s, v) }
func (st *Stack[T]) Take() (T, bool) {
	var zero T
	if len(st.s) == 0 {
		return zero, false
	}
	v := st.s[len(st.s)-1]
	st.s = st.s[:len(st.s)-1]
	return v, true
}

type Queue[T any] struct{ s []T }

func (q *Queue[T]) Put(v T) { q.s = append(q.s, v) }
func (q *Queue[T]) Take() (T, bool) {
	var zero T
	if len(q.s) == 0 {
		return zero, false
	}
	v := q.s[0]
	q.s = q.s[1:]
	return v, true
}

func Fill[T any](c Container[T], vs ...T) []T {
	for _, v := range vs {
		c.Put(v)
	}
	var out []T
	for v, ok := c.Take(); ok; v, ok = c.Take() {
		out = append(out, v)
	}
	return out
}

func main() {
	fmt.Println(Fill[int](&Stack[int]{}, 1, 2, 3))
	fmt.Println(Fill[string](&Queue[string]{}, "a", "b", "c"))
	var c Container[int] = &Queue[int]{}
	fmt.Printf("%T\n", c)
}

// Output:
// [3 2 1]
// [a b c]
// *main.Queue[int]
