// A closed channel is always ready to receive; the v, ok form reports
// whether the value was sent or is the zero value after close.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 7
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			fmt.Println(v, ok)
		default:
			fmt.Println("default never taken")
		}
	}
}

// Output:
// 7 true
// 0 false
// 0 false
