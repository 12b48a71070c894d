// Closing a receive-only channel is a compile-time error.
package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	close(r)
}

// Exit: 2
// Stderr:
// directional_close_recv_only\.go:7:[0-9]+: invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)$
// Output:
