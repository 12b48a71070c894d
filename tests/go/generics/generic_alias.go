// A generic type alias (Go 1.24): type A[T any] = List[T].
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

type A[T any] = List[T]

type IntList = List[int]

func main() {
	var a A[string]
	a.Add("x")
	var l List[string] = a
	fmt.Println(l.items)
	fmt.Printf("%T\n", a)
	var il IntList
	il.Add(3)
	fmt.Printf("%T %v\n", il, il.items)
}

// Output:
// [x]
// main.List[string]
// main.List[int] [3]
