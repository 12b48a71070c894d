// Receiving from a nil channel blocks forever: [chan receive (nil chan)].
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("nil channel:", c == nil)
	<-c
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive \(nil chan\)\]:$
// Output:
// nil channel: true
