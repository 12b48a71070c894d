// A directional channel does not convert back to a bidirectional one.
package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	var back chan int = r
	_ = back
}

// Exit: 2
// Stderr:
// directional_no_widening\.go:7:22: cannot use r \(variable of type <-chan int\) as chan int value in variable declaration$
// Output:
