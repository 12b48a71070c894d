// Sending on a nil channel blocks forever: [chan send (nil chan)].
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("sending on nil")
	c <- "x"
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan send \(nil chan\)\]:$
// Output:
// sending on nil
