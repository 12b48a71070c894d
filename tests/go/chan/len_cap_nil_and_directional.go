// len and cap of nil, buffered, unbuffered and directional channels.
package main

import "fmt"

func main() {
	var n chan int
	fmt.Println(len(n), cap(n))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	b := make(chan int, 5)
	b <- 1
	b <- 2
	var s chan<- int = b
	var r <-chan int = b
	fmt.Println(len(b), cap(b), len(s), cap(s), len(r), cap(r))
	<-r
	fmt.Println(len(s))
	var size int64 = 3
	z := make(chan bool, size)
	fmt.Println(cap(z))
}

// Output:
// 0 0
// 0 0
// 2 5 2 5 2 5
// 1
// 3
