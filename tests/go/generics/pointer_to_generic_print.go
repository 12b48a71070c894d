// Printing pointers to generic structs and structs holding them with %v and %+v.
package main

import "fmt"

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func main() {
	n := &Node[string]{Val: "a"}
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%v\n", *n)
	type wrap struct{ N Node[int] }
	fmt.Printf("%+v\n", wrap{Node[int]{Val: 3}})
	fmt.Printf("%T\n", n.Next)
}

// Output:
// &{a <nil>} &{Val:a Next:<nil>}
// {a <nil>}
// {N:{Val:3 Next:<nil>}}
// *main.Node[string]
