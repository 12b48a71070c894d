// Receiving a channel from a channel: <-<-cc, and %T of nested
// directional channel types.
package main

import "fmt"

func main() {
	cc := make(chan chan int, 1)
	c := make(chan int, 1)
	c <- 42
	cc <- c
	fmt.Println(<-<-cc)

	var a chan<- chan int
	var b <-chan <-chan int
	var d chan (<-chan int)
	fmt.Printf("%T|%T|%T\n", a, b, d)
}

// Output:
// 42
// chan<- chan int|<-chan <-chan int|chan (<-chan int)
