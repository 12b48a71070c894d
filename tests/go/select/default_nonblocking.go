// select with default never blocks: a receive from an empty channel and a
// send to a full one both fall through to default.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	c <- 1
	select {
	case c <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("buffer full")
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	select {
	default:
		fmt.Println("only default")
	}
}

// Output:
// nothing to receive
// buffer full
// received 1
// only default
