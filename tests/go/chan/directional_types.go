// Directional channel types: a bidirectional channel converts implicitly to
// send-only and receive-only types; %T shows the direction.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	c := make(chan int)
	go produce(c, 5)
	fmt.Println(consume(c))

	var s chan<- int = c
	var r <-chan int = c
	fmt.Printf("%T %T %T\n", c, s, r)
	fmt.Println(s == c, r == c)

	r2 := (<-chan int)(c)
	fmt.Println(r2 == r)
	var cc chan<- chan int
	fmt.Printf("%T\n", cc)
	var rc <-chan <-chan int
	fmt.Printf("%T\n", rc)
}

// Output:
// 10
// chan int chan<- int <-chan int
// true true
// true
// chan<- chan int
// <-chan <-chan int
