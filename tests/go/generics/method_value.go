// Method values of a generic type: f := s.Push binds the receiver.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Top() T    { return s.items[len(s.items)-1] }

func apply[T any](f func(T), vs ...T) {
	for _, v := range vs {
		f(v)
	}
}

func main() {
	var s Stack[int]
	push := s.Push
	push(1)
	push(2)
	apply(push, 3, 4)
	fmt.Println(s.items)
	top := s.Top
	s.Push(5)
	fmt.Println(top(), s.Top())
}

// Output:
// [1 2 3 4]
// 4 5
