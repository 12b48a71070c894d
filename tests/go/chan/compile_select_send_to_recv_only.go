// A select case may not send to a receive-only channel.
package main

func main() {
	var r <-chan int
	select {
	case r <- 1:
	default:
	}
}

// Exit: 2
// Stderr:
// compile_select_send_to_recv_only\.go:7:7: invalid operation: cannot send to receive-only channel (<-chan int )?r \(variable of type <-chan int\)$
// Output:
