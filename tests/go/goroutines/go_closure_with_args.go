// A function literal called with arguments in a go statement gets its own
// copies of them.
package main

import "fmt"

func main() {
	out := make(chan string)
	go func(name string, n int) {
		out <- fmt.Sprint(name, " ", n)
	}("gopher", 3)
	fmt.Println(<-out)
}

// Output:
// gopher 3
