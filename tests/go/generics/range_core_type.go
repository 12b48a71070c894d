// Ranging over values whose type parameter has a slice or map core type.
package main

import "fmt"

func Total[S ~[]E, E ~int](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Largest[M ~map[K]V, K comparable, V ~int](m M) V {
	best := V(-1 << 31)
	for _, v := range m {
		best = max(best, v)
	}
	return best
}

type scores map[string]int
type points []int

func main() {
	fmt.Println(Total(points{1, 2, 3}), Total([]int{10}))
	fmt.Println(Largest(scores{"a": 3, "b": 9, "c": 1}))
}

// Output:
// 6 10
// 9
