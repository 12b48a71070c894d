package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println(f(0))
}

// Exit: 2
// Stderr:
// ^runtime: goroutine stack exceeds 1000000000\-byte limit$
// ^fatal error: stack overflow$
// Output:
