// Sending on a receive-only channel is a compile-time error.
package main

func main() {
	c := make(chan int, 1)
	var r <-chan int = c
	r <- 1
}

// Exit: 2
// Stderr:
// directional_send_to_recv_only\.go:7:[0-9]+: invalid operation: cannot send to receive-only channel (<-chan int )?r \(variable of type <-chan int\)$
// Output:
