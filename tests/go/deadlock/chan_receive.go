// main receives from a channel nobody sends on: deadlock, [chan receive].
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-c)
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive\]:$
// Output:
// waiting
