// Method expressions of an instantiated generic type: (*Stack[int]).Push.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }

func main() {
	push := (*Stack[int]).Push
	length := Stack[int].Len
	var s Stack[int]
	push(&s, 7)
	push(&s, 8)
	fmt.Println(length(s), s.items)
	fmt.Printf("%T\n", push)
}

// Output:
// 2 [7 8]
// func(*main.Stack[int], int)
