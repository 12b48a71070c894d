// main calls Goexit while another goroutine is blocked forever: a deadlock
// report that lists only the remaining goroutine.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var c chan int
	started := make(chan bool)
	go func() {
		started <- true
		<-c
	}()
	<-started
	fmt.Println("main exits via Goexit")
	runtime.Goexit()
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine [0-9]+ \[chan receive \(nil chan\)\]:$
// Output:
// main exits via Goexit
