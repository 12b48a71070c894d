// Generic adaptors between Seq2 and Seq: keys, values, swap and zip with an index.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func Values[K, V any](seq iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

func Swap[K, V any](seq iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range seq {
			if !yield(v, k) {
				return
			}
		}
	}
}

func Indexed[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	s := []string{"x", "y", "z"}
	fmt.Println(slices.Collect(Keys(slices.All(s))), slices.Collect(Values(slices.All(s))))
	inv := maps.Collect(Swap(slices.All(s)))
	fmt.Println(inv)
	for i, v := range Indexed(slices.Values([]float64{1.5, 2.5})) {
		fmt.Println(i, v)
	}
}

// Output:
// [0 1 2] [x y z]
// map[x:0 y:1 z:2]
// 0 1.5
// 1 2.5
