// Goroutines blocked forever are not a deadlock when main returns normally.
package main

import "fmt"

func main() {
	var n chan int
	c := make(chan int)
	go func() { <-n }()
	go func() { c <- 1 }()
	go func() { select {} }()
	fmt.Println("main returns, exit 0")
}

// Output:
// main returns, exit 0
