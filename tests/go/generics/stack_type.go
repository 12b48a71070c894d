// A generic Stack[T] with Push, Pop and Len.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println(s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(" ", v)
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	n := &Stack[int]{}
	n.Push(42)
	fmt.Println(n.Pop())
}

// Output:
// 3
//  c b a
// "" false
// 42 true
