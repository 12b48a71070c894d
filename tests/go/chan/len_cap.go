// len and cap of channels: buffered, unbuffered, nil, after receives and
// after close.
package main

import "fmt"

func main() {
	b := make(chan int, 3)
	fmt.Println(len(b), cap(b))
	b <- 1
	b <- 2
	fmt.Println(len(b), cap(b))
	<-b
	fmt.Println(len(b), cap(b))
	close(b)
	fmt.Println(len(b), cap(b))

	u := make(chan int)
	fmt.Println(len(u), cap(u))

	var n chan int
	fmt.Println(len(n), cap(n))

	var r <-chan int = b
	fmt.Println(len(r), cap(r))
	z := make(chan bool, 0)
	fmt.Println(cap(z))
}

// Output:
// 0 3
// 2 3
// 1 3
// 1 3
// 0 0
// 0 0
// 1 3
// 0
