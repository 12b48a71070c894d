// Each iteration of a range over a channel has its own variable (Go 1.22).
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	var fs []func() int
	for v := range c {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 10
// 20
// 30
