package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enum[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for x := range Filter(Count(10), func(i int) bool { return i%3 == 0 }) {
		fmt.Print(x, ";")
	}
	fmt.Println()
	for i, s := range Enum([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	n2, stop2 := iter.Pull2(Enum([]float64{1.5, 2.5}))
	k, v, ok := n2()
	fmt.Println(k, v, ok)
	stop2()
	k, v, ok = n2()
	fmt.Println(k, v, ok)
}

// Output:
// 0;3;6;9;
// 0 a
// 1 b
// pulled 0
// pulled 1
// pulled 2
// 0 1.5 true
// 0 0 false
