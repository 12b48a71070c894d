package main

import "fmt"

// fromChan yields what a producer goroutine sends; it stops the
// producer when the loop body has had enough.
func fromChan(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		ch := make(chan int)
		done := make(chan struct{})
		defer close(done)
		go func() {
			defer close(ch)
			for i := 0; ; i++ {
				select {
				case ch <- i * 3:
				case <-done:
					return
				}
			}
		}()
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	for v := range fromChan(0) {
		if v > 10 {
			break
		}
		fmt.Println(v)
	}
}

// Output:
// 0
// 3
// 6
// 9
