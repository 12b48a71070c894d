// An unbuffered send with no receiver: deadlock, [chan send].
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending")
	c <- 1
	fmt.Println("never printed")
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan send\]:$
// Output:
// sending
