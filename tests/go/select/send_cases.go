// select with send cases: the value goes to whichever channel can take it.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 0 // a is full, only b can take a value
	select {
	case a <- 1:
		fmt.Println("sent to a")
	case b <- 2:
		fmt.Println("sent to b")
	}
	fmt.Println(<-a, <-b)

	c := make(chan string)
	done := make(chan bool)
	go func() {
		fmt.Println("receiver got", <-c)
		fmt.Println("receiver got", <-c)
		done <- true
	}()
	select {
	case c <- "hello":
	}
	select {
	case c <- "again":
	case <-done:
		fmt.Println("not reached")
	}
	<-done
}

// Output:
// sent to b
// 0 2
// receiver got hello
// receiver got again
