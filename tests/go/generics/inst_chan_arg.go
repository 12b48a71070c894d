// Instantiation with channel type arguments, including directional ones.
package main

import "fmt"

func Send[T any](c chan<- T, vs ...T) {
	for _, v := range vs {
		c <- v
	}
	close(c)
}

func Drain[T any](c <-chan T) []T {
	var r []T
	for v := range c {
		r = append(r, v)
	}
	return r
}

type Box[T any] struct{ V T }

func main() {
	c := make(chan string, 3)
	go Send(c, "a", "b", "c")
	fmt.Println(Drain(c))
	b := Box[chan int]{make(chan int, 1)}
	b.V <- 7
	fmt.Println(<-b.V, cap(b.V))
	fmt.Printf("%T\n", Box[<-chan bool]{})
}

// Output:
// [a b c]
// 7 1
// main.Box[<-chan bool]
