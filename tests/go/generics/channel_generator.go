// A generic generator goroutine sending values of T on a channel.
package main

import "fmt"

func Generate[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, v := range vs {
			c <- v
		}
	}()
	return c
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	for s := range MapChan(Generate(1, 2, 3), func(n int) string { return fmt.Sprint(n * n) }) {
		fmt.Println(s)
	}
}

// Output:
// 1
// 4
// 9
