package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range upTo(4) {
		switch x {
		case 1:
			break // leaves the switch only
		case 2:
			continue // goes on with the loop
		}
		fmt.Println("after switch", x)
	}
	ch := make(chan int, 1)
	for x := range upTo(3) {
		ch <- x
		select {
		case v := <-ch:
			if v == 1 {
				continue
			}
			fmt.Println("received", v)
		}
	}
}

// Output:
// after switch 0
// after switch 1
// after switch 3
// received 0
// received 2
