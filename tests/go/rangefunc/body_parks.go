package main

import (
	"fmt"
	"time"
)

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// The body blocks on channels and sleeps while the iterator's frame is
// live below it: the goroutine parks and resumes in the middle of both.
func main() {
	requests := make(chan int)
	replies := make(chan int)
	go func() {
		for r := range requests {
			time.Sleep(time.Millisecond)
			replies <- r * r
		}
		close(replies)
	}()
	for x := range upTo(4) {
		requests <- x
		fmt.Println(x, "->", <-replies)
	}
	close(requests)
	_, ok := <-replies
	fmt.Println("closed:", !ok)
}

// Output:
// 0 -> 0
// 1 -> 1
// 2 -> 4
// 3 -> 9
// closed: true
