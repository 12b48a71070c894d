// Generic iterator adaptors (Filter, Map, Take) composed into a pipeline.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
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

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if i++; i == n {
				return
			}
		}
	}
}

func main() {
	odd := func(n int) bool { return n%2 == 1 }
	sq := func(n int) int { return n * n }
	fmt.Println(slices.Collect(Take(Map(Filter(Naturals(), odd), sq), 5)))
	words := Map(Take(Naturals(), 3), func(n int) string { return strings.Repeat("*", n) })
	for w := range words {
		fmt.Println(w)
	}
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
}

// Output:
// [1 9 25 49 81]
// *
// **
// ***
// 0
