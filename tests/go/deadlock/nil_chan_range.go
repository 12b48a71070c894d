// Ranging over a nil channel blocks forever: [chan receive (nil chan)].
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("ranging")
	for v := range c {
		fmt.Println(v)
	}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive \(nil chan\)\]:$
// Output:
// ranging
