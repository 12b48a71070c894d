// On entering a select, every case's channel expression and every send value
// is evaluated once, in source order, even for cases that are not chosen.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("channel", name)
	return c
}

func val(n int) int {
	fmt.Println("value", n)
	return n
}

func main() {
	ready := make(chan int, 1)
	ready <- 42
	var never chan int
	select {
	case ch("a", never) <- val(1):
		fmt.Println("sent to a")
	case v := <-ch("b", ready):
		fmt.Println("received", v)
	case ch("c", never) <- val(3):
		fmt.Println("sent to c")
	}
}

// Output:
// channel a
// value 1
// channel b
// channel c
// value 3
// received 42
