// break inside a select leaves the select only; a labelled break leaves the
// enclosing loop.
package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i
	}
	close(c)
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				break
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("out of loop")
}

// Output:
// odd 1
// odd 3
// odd 5
// out of loop
