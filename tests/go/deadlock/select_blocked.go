// A select whose channels never become ready: [select].
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "hi":
		fmt.Println("sent")
	}
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[select\]:$
// Output:
// selecting
