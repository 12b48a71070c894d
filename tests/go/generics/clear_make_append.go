// make, append and clear on type parameters with slice and map core types.
package main

import "fmt"

func Filled[S ~[]E, E any](n int, v E) S {
	s := make(S, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, v)
	}
	return s
}

func Index[M ~map[K]int, K comparable](ks []K) M {
	m := make(M)
	for i, k := range ks {
		m[k] = i
	}
	return m
}

func Reset[S ~[]E, E any](s S) { clear(s) }

func Empty[M ~map[K]V, K comparable, V any](m M) { clear(m) }

type ids []int
type lookup map[string]int

func main() {
	s := Filled[ids](3, 7)
	fmt.Printf("%T %v %d\n", s, s, cap(s))
	Reset(s)
	fmt.Println(s)
	m := Index[lookup]([]string{"a", "b"})
	fmt.Printf("%T %v\n", m, m)
	Empty(m)
	fmt.Println(len(m))
}

// Output:
// main.ids [7 7 7] 3
// [0 0 0]
// main.lookup map[a:0 b:1]
// 0
