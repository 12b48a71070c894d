// Unique[T comparable] keeps first occurrences; GroupBy[T, K] buckets by a key.
package main

import (
	"fmt"
	"strings"
)

func Unique[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var r []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			r = append(r, x)
		}
	}
	return r
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	fmt.Println(Unique([]int{3, 1, 3, 2, 1}))
	fmt.Println(Unique(strings.Fields("a b a c b")))
	g := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	fmt.Println(g['a'], g['b'], g['c'], len(g))
}

// Output:
// [3 1 2]
// [a b c]
// [apple avocado] [banana blueberry] [cherry] 3
