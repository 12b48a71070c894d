// Receiving from something that is not a channel.
package main

func main() {
	x := 1
	<-x
}

// Exit: 2
// Stderr:
// compile_recv_non_channel\.go:6:4: invalid operation: cannot receive from non-channel (int )?x \(variable of type int\)$
// Output:
