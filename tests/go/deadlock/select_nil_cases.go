// A select with two cases, both on nil channels, blocks with reason [select]
// (a one-case select would be a plain channel operation).
package main

import "fmt"

func main() {
	var a chan int
	var b chan int
	fmt.Println("selecting on nil channels")
	select {
	case <-a:
	case b <- 1:
	}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[select\]:$
// Output:
// selecting on nil channels
