// After close, the buffered values are still received; then receives return
// the zero value at once, with ok == false.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 10
	c <- 20
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
	fmt.Println(<-c)
}

// Output:
// 10 true
// 20 true
// 0 false
// 0 false
// 0
