// A recover in main's deferred call does not catch a panic of another
// goroutine: each goroutine unwinds only its own stack.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	done := make(chan bool)
	go func() {
		panic("not main's panic")
	}()
	<-done
}

// Exit: 2
// Stderr:
// ^panic: not main's panic$
// ^goroutine [0-9]+ \[running\]:$
// Output:
