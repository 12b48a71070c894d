// When every goroutine is blocked, Go lists all of them, main first, each
// with its own wait reason.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	var n chan int
	ready := make(chan bool)
	go func() {
		ready <- true
		a <- 1 // nobody receives on a
	}()
	go func() {
		ready <- true
		select {
		case <-b:
		case <-n:
		}
	}()
	go func() {
		ready <- true
		<-n
	}()
	<-ready
	<-ready
	<-ready
	fmt.Println("all started")
	<-b
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive\]:$
// ^goroutine [0-9]+ \[chan send\]:$
// ^goroutine [0-9]+ \[select\]:$
// ^goroutine [0-9]+ \[chan receive \(nil chan\)\]:$
// ^created by main\.main in goroutine 1$
// Output:
// all started
