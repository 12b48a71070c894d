package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i
	}
	var x int
	var ok bool
	select {
	case y := (<-c):
		fmt.Println("define", y)
	}
	select {
	case (<-c):
		fmt.Println("bare")
	}
	select {
	case x, ok = (<-c):
		fmt.Println("assign ok", x, ok)
	}
	select {
	case (x) = ((<-c)):
		fmt.Println("assign", x)
	}
	select {
	case v, ok := (<-(c)):
		fmt.Println("define ok", v, ok)
	}
	close(c)
	select {
	case v, ok := (<-c):
		fmt.Println("closed", v, ok)
	}
	d := make(chan int, 1)
	select {
	case (d) <- (7):
		fmt.Println("sent", <-d)
	}
}

// Output:
// define 1
// bare
// assign ok 3 true
// assign 4
// define ok 5 true
// closed 0 false
// sent 7
