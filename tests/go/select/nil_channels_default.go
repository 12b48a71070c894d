// Cases on nil channels are never chosen: only default can run.
package main

import "fmt"

func main() {
	var in chan int
	var out chan int
	for i := 0; i < 3; i++ {
		select {
		case v := <-in:
			fmt.Println("received", v)
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("default", i)
		}
	}
}

// Output:
// default 0
// default 1
// default 2
