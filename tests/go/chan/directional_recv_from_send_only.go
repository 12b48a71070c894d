// Receiving from a send-only channel is a compile-time error.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	var s chan<- int = c
	s <- 1
	fmt.Println(<-s)
}

// Exit: 2
// Stderr:
// directional_recv_from_send_only\.go:10:[0-9]+: invalid operation: cannot receive from send-only channel (chan<- int )?s \(variable of type chan<- int\)$
// Output:
