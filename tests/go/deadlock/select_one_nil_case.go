// A one-case select on a nil channel is a plain receive from a nil channel:
// [chan receive (nil chan)].
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("one-case select on nil")
	select {
	case v := <-c:
		fmt.Println(v)
	}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive \(nil chan\)\]:$
// Output:
// one-case select on nil
