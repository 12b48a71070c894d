// WithoutCancel keeps the parent's values but not its cancellation; a
// context derived from it is not canceled with the original parent.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	detached := context.WithoutCancel(parent)
	child, cancelChild := context.WithCancel(detached)
	defer cancelChild()
	cancel()
	<-parent.Done()
	fmt.Println(parent.Err(), detached.Err(), child.Err())
	fmt.Println(detached.Done() == nil, detached.Value("k"), child.Value("k"))
	fmt.Println(context.Cause(detached), context.Cause(child))
}

// Output:
// context canceled <nil> <nil>
// true v v
// <nil> <nil>
