// Nil pointers, slices and maps of generic types compare with nil.
package main

import "fmt"

type Node[T any] struct {
	V    T
	Next *Node[T]
}

func Len[T any](n *Node[T]) int {
	if n == nil {
		return 0
	}
	return 1 + Len(n.Next)
}

func main() {
	var p *Node[int]
	fmt.Println(p == nil, Len(p))
	p = &Node[int]{1, &Node[int]{2, nil}}
	fmt.Println(Len(p), p.Next.Next == nil)
	var s []Node[string]
	var m map[string]*Node[bool]
	fmt.Println(s == nil, m == nil, m["x"] == nil)
	var x any = (*Node[int])(nil)
	fmt.Println(x == nil, x.(*Node[int]) == nil)
}

// Output:
// true 0
// 2 true
// true true true
// false true
