// A go statement runs a named function in a new goroutine; its result comes
// back over a channel.
package main

import "fmt"

func square(n int, out chan int) {
	out <- n * n
}

func main() {
	out := make(chan int)
	go square(7, out)
	fmt.Println(<-out)
}

// Output:
// 49
