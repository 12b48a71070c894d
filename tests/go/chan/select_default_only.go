// select with only a default runs it; a select whose cases are not ready
// takes the default.
package main

import "fmt"

func main() {
	select {
	default:
		fmt.Println("only default")
	}
	c := make(chan int)
	var nilc chan int
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent")
		case v := <-c:
			fmt.Println("received", v)
		case <-nilc:
			fmt.Println("nil")
		default:
			fmt.Println("default", i)
		}
	}
}

// Output:
// only default
// default 0
// default 1
// default 2
