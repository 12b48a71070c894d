// Comparable generic structs: == between instances and use as map keys.
package main

import "fmt"

type Pair[A, B comparable] struct {
	A A
	B B
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func main() {
	p := Pair[int, string]{1, "a"}
	q := Pair[int, string]{1, "a"}
	fmt.Println(p == q, p != Pair[int, string]{2, "a"})
	c := Count([]Pair[int, string]{p, q, {2, "b"}})
	fmt.Println(c[p], c[Pair[int, string]{2, "b"}], len(c))
	grid := map[Pair[int, int]]string{{0, 0}: "origin", {1, 2}: "x"}
	fmt.Println(grid[Pair[int, int]{1, 2}], grid)
}

// Output:
// true true
// 2 1 2
// x map[{0 0}:origin {1 2}:x]
