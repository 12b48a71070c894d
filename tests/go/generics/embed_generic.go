// A generic struct embedding another generic type: its methods are promoted.
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)   { l.items = append(l.items, v) }
func (l List[T]) Len() int   { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }

type Named[T any] struct {
	List[T]
	Name string
}

func main() {
	n := Named[float64]{Name: "temps"}
	n.Add(1.5)
	n.Add(2.5)
	fmt.Println(n.Name, n.Len(), n.At(1), n.List.items)
	fmt.Printf("%+v\n", n)
}

// Output:
// temps 2 2.5 [1.5 2.5]
// {List:{items:[1.5 2.5]} Name:temps}
