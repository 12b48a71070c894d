// A user-defined iter.Seq2 over a linked list, used with one and two loop variables.
package main

import (
	"fmt"
	"iter"
)

type node struct {
	val  string
	next *node
}

func (n *node) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		i := 0
		for p := n; p != nil; p = p.next {
			if !yield(i, p.val) {
				return
			}
			i++
		}
	}
}

func main() {
	list := &node{"a", &node{"b", &node{"c", nil}}}
	for i, v := range list.All() {
		fmt.Println(i, v)
	}
	for i := range list.All() {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range list.All() {
		fmt.Print(".")
	}
	fmt.Println()
	var empty *node
	for i, v := range empty.All() {
		fmt.Println("never", i, v)
	}
}

// Output:
// 0 a
// 1 b
// 2 c
// 0 1 2 
// ...
