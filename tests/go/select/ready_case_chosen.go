// When exactly one case is ready, select takes it.
package main

import "fmt"

func main() {
	a := make(chan string, 1)
	b := make(chan string, 1)
	b <- "from b"
	select {
	case v := <-a:
		fmt.Println(v)
	case v := <-b:
		fmt.Println(v)
	}
	a <- "from a"
	select {
	case v := <-a:
		fmt.Println(v)
	case v := <-b:
		fmt.Println(v)
	}
}

// Output:
// from b
// from a
