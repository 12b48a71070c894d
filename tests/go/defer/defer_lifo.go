package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	fmt.Println("body")
}

// Output:
// body
// loop 2
// loop 1
// loop 0
// first deferred, runs last
