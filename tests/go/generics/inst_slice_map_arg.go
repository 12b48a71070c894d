// Instantiation with slice and map type arguments.
package main

import "fmt"

type Box[T any] struct{ V T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	b := Wrap([]int{1, 2})
	b.V = append(b.V, 3)
	fmt.Println(b.V, len(b.V))
	m := Wrap(map[string][]int{"a": {1}})
	m.V["b"] = []int{2, 3}
	fmt.Println(m.V, len(m.V))
	fmt.Printf("%T\n", m)
}

// Output:
// [1 2 3] 3
// map[a:[1] b:[2 3]] 2
// main.Box[map[string][]int]
