package main

import "fmt"

// A statement with two labels; break uses the inner one, goto the outer.
func main() {
	n := 0
A:
B:
	for {
		n++
		if n%2 == 1 {
			break B
		}
		break
	}
	fmt.Println("n", n)
	if n < 3 {
		goto A
	}
}

// Output:
// n 1
// n 2
// n 3
