// A buffered channel is a FIFO queue: sends up to its capacity do not block
// and values come out in the order they went in.
package main

import "fmt"

func main() {
	c := make(chan string, 4)
	c <- "a"
	c <- "b"
	c <- "c"
	fmt.Println(<-c)
	c <- "d"
	c <- "e"
	for len(c) > 0 {
		fmt.Println(<-c)
	}
}

// Output:
// a
// b
// c
// d
// e
