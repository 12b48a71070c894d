// An unbuffered send completes only when a receiver takes the value: writes
// made before the send are seen after the receive, and writes the receiver
// makes before its receive are seen once the send returns.
package main

import "fmt"

var message string
var reply string

func main() {
	c := make(chan bool)
	done := make(chan bool)
	go func() {
		message = "written before send"
		c <- true
		c <- true
		fmt.Println("sender sees:", reply)
		done <- true
	}()
	<-c
	fmt.Println("receiver sees:", message)
	reply = "written before second receive"
	<-c
	<-done
}

// Output:
// receiver sees: written before send
// sender sees: written before second receive
