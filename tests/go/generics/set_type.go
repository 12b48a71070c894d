// A Set[T comparable] as map[T]struct{} with Add, Has, Union and a sorted print.
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		r.Add(v)
	}
	for v := range o {
		r.Add(v)
	}
	return r
}

func main() {
	a := NewSet(1, 2, 3, 2)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(a.Len(), b.Len(), u.Len(), u.Has(4), u.Has(5))
	var vs []int
	for v := range u {
		vs = append(vs, v)
	}
	sort.Ints(vs)
	fmt.Println(vs)
	fmt.Println(len(u), u.Has(1))
	s := NewSet("x")
	fmt.Println(s)
}

// Output:
// 3 2 4 true false
// [1 2 3 4]
// 4 true
// map[x:{}]
