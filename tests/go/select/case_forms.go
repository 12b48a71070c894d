// The forms of a select case: plain receive, v :=, v, ok :=, assignment to
// existing variables (also a map element), and send.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	var x int
	var ok bool
	m := map[string]int{}

	c <- 1
	select {
	case <-c:
		fmt.Println("plain receive")
	}
	c <- 2
	select {
	case v := <-c:
		fmt.Println("v :=", v)
	}
	c <- 3
	select {
	case v, ok := <-c:
		fmt.Println("v, ok :=", v, ok)
	}
	c <- 4
	select {
	case x = <-c:
		fmt.Println("x =", x)
	}
	c <- 5
	select {
	case x, ok = <-c:
		fmt.Println("x, ok =", x, ok)
	}
	c <- 6
	select {
	case m["k"] = <-c:
		fmt.Println("m[k] =", m["k"])
	}
	select {
	case c <- 7:
		fmt.Println("sent", <-c)
	}
}

// Output:
// plain receive
// v := 2
// v, ok := 3 true
// x = 4
// x, ok = 5 true
// m[k] = 6
// sent 7
