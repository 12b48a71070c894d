// The value sent must be assignable to the element type.
package main

func main() {
	c := make(chan int, 1)
	c <- "one"
}

// Exit: 2
// Stderr:
// compile_send_wrong_type\.go:6:7: cannot use "one" \(untyped string constant\) as int value in send$
// Output:
