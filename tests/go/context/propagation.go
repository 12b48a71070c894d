// Canceling a parent cancels all its descendants; canceling a child leaves
// the parent and siblings alone.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	child2, cancel2 := context.WithCancel(parent)
	grandchild, cancel3 := context.WithCancel(context.WithValue(child2, "k", "v"))
	defer cancel2()
	defer cancel3()

	cancel1()
	fmt.Println("parent:", parent.Err())
	fmt.Println("child1:", child1.Err())
	fmt.Println("child2:", child2.Err())
	fmt.Println("grandchild:", grandchild.Err())

	cancelParent()
	<-grandchild.Done()
	fmt.Println("parent:", parent.Err())
	fmt.Println("child2:", child2.Err())
	fmt.Println("grandchild:", grandchild.Err())
}

// Output:
// parent: <nil>
// child1: context canceled
// child2: <nil>
// grandchild: <nil>
// parent: context canceled
// child2: context canceled
// grandchild: context canceled
