// Generic iterator adapters: Filter and Map over iter.Seq, composed lazily.
package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == n || !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) []T {
	var r []T
	for v := range seq {
		if len(r) == n {
			break
		}
		r = append(r, v)
	}
	return r
}

func main() {
	odd := Filter(Count(100), func(n int) bool { return n%2 == 1 })
	sq := Map(odd, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(Take(sq, 5))
	fmt.Println(Take(Count(3), 10))
}

// Output:
// [1 9 25 49 81]
// [0 1 2]
