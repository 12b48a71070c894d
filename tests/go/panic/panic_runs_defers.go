package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	var m []int
	m[0] = 1
}

// Exit: 2
// Stderr:
// ^panic: runtime error: index out of range \[0\] with length 0$
// ^goroutine 1 \[running\]:$
// Output:
// deferred 2
// deferred 1
