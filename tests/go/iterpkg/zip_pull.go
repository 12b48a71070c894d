// A generic Zip of two sequences of different types, built on iter.Pull.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "bob", "cy"})
	ages := slices.Values([]int{31, 42})
	for n, a := range Zip(names, ages) {
		fmt.Println(n, a)
	}
	for n, a := range Zip(ages, names) {
		fmt.Println(n, a)
		break
	}
}

// Output:
// ann 31
// bob 42
// 31 ann
