package main

import "fmt"

// goto inside the cases of a select: back to read again, out when closed.
func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	sum := 0
read:
	select {
	case v, ok := <-ch:
		if !ok {
			goto closed
		}
		sum += v
		goto read
	}
closed:
	fmt.Println("sum", sum)
}

// Output:
// sum 6
