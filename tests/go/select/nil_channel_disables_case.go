// A nil channel is never ready, so setting a channel variable to nil turns
// off its case: merging two channels until both are closed.
package main

import "fmt"

func gen(vals ...int) chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := gen(1, 2, 3)
	b := gen(10, 20)
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(n, sum)
}

// Unordered output:
// a closed
// b closed
// 5 36
