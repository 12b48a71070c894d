package main

import "fmt"

// A goto is a terminating statement: no "missing return" for a function
// that ends with one.
func collatz(n int) int {
	steps := 0
L:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto L
}

func main() {
	fmt.Println(collatz(6), collatz(27))
}

// Output:
// 8 111
