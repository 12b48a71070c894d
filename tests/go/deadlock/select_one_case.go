// A select with a single case and no default is an ordinary channel
// operation: its wait reason is [chan send], not [select].
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("one-case select")
	select {
	case c <- 1:
	}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan send\]:$
// Output:
// one-case select
