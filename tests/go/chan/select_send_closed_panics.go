// A select whose chosen send case is on a closed channel panics, even
// with a default.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	defer func() { fmt.Println("recovered:", recover()) }()
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}

// Output:
// recovered: send on closed channel
