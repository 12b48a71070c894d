// A recursive generic type: a Tree[T] whose children are *Tree[T].
package main

import "fmt"

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func (t *Tree[T]) Add(v T) *Tree[T] {
	c := &Tree[T]{Val: v}
	t.Children = append(t.Children, c)
	return c
}

func (t *Tree[T]) Walk(depth int, f func(int, T)) {
	f(depth, t.Val)
	for _, c := range t.Children {
		c.Walk(depth+1, f)
	}
}

func Size[T any](t *Tree[T]) int {
	n := 1
	for _, c := range t.Children {
		n += Size(c)
	}
	return n
}

func main() {
	root := &Tree[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2")
	root.Add("b")
	root.Walk(0, func(d int, v string) {
		for i := 0; i < d; i++ {
			fmt.Print("  ")
		}
		fmt.Println(v)
	})
	fmt.Println(Size(root))
}

// Output:
// root
//   a
//     a1
//     a2
//   b
// 5
