package main

import "fmt"

// A backward goto makes a loop.
func main() {
	i := 0
top:
	fmt.Println("i =", i)
	i++
	if i < 4 {
		goto top
	}
	fmt.Println("after", i)
}

// Output:
// i = 0
// i = 1
// i = 2
// i = 3
// after 4
