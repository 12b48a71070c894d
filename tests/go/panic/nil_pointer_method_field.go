package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	return n.Val + n.Next.Sum()
}

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println(list.Sum())
}

// Exit: 2
// Stderr:
// ^panic: runtime error: invalid memory address or nil pointer dereference$
// ^goroutine 1 \[running\]:$
// Output:
