// for range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			c <- i * i
		}
		close(c)
	}()
	for v := range c {
		fmt.Println(v)
	}
	fmt.Println("closed")

	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	n := 0
	for range b {
		n++
	}
	fmt.Println("drained", n)
}

// Output:
// 1
// 4
// 9
// 16
// 25
// closed
// drained 2
