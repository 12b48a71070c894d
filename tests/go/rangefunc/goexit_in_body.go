package main

import (
	"fmt"
	"runtime"
)

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator unwinds")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func worker(done chan bool) {
	defer func() { done <- true }()
	defer fmt.Println("worker's defer")
	for x := range upTo(5) {
		defer fmt.Println("body defer", x)
		if x == 1 {
			runtime.Goexit()
		}
	}
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("main")
}

// Output:
// iterator unwinds
// body defer 1
// body defer 0
// worker's defer
// main
