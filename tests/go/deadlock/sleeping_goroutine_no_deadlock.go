// A goroutine that is sleeping is not a deadlock: the runtime waits for its
// timer. Once it has ended, main's receive is a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper woke, sends one value")
		c <- 1
	}()
	fmt.Println("got", <-c)
	fmt.Println("got", <-c)
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive\]:$
// Output:
// sleeper woke, sends one value
// got 1
