// A generic sorted set over cmp.Ordered, using cmp.Compare for lookups.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T cmp.Ordered] struct{ items []T }

func (s *Set[T]) Add(v T) bool {
	i, found := slices.BinarySearchFunc(s.items, v, cmp.Compare[T])
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, v)
	return true
}

func (s *Set[T]) Has(v T) bool {
	_, found := slices.BinarySearch(s.items, v)
	return found
}

func main() {
	var s Set[string]
	for _, w := range []string{"m", "c", "x", "c", "a"} {
		fmt.Print(s.Add(w), " ")
	}
	fmt.Println(s.items, s.Has("x"), s.Has("b"))
	var f Set[float64]
	f.Add(2.5)
	f.Add(-1)
	f.Add(2.5)
	fmt.Println(f.items)
}

// Output:
// true true true false true [a c m x] true false
// [-1 2.5]
