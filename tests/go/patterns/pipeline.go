// A pipeline from the Go blog: generate -> square -> square -> print, each
// stage a goroutine that closes its output when its input is done.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(n)
	}
}

// Output:
// 1
// 16
// 81
// 256
