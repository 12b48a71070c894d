// A context derived from one that is already canceled is canceled at once.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	cancel()
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	select {
	case <-child.Done():
		fmt.Println("child done:", child.Err())
	default:
		fmt.Println("child still open")
	}
}

// Output:
// child done: context canceled
