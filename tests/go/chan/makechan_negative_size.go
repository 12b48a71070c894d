// make(chan T, n) with a negative n at run time panics.
package main

import "fmt"

func main() {
	n := -1
	fmt.Println("making")
	c := make(chan int, n)
	fmt.Println(c)
}

// Exit: 2
// Stderr:
// ^panic: makechan: size out of range$
// ^goroutine 1 \[running\]:$
// Output:
// making
