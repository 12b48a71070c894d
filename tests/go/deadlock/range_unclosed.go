// Ranging over a channel that is never closed: after the last value the loop
// waits forever, [chan receive].
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println(v)
	}
	fmt.Println("never printed")
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive\]:$
// Output:
// 1
// 2
// 3
