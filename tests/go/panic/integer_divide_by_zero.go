package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println("start")
	fmt.Println(div(1, 0))
}

// Exit: 2
// Stderr:
// ^panic: runtime error: integer divide by zero$
// ^goroutine 1 \[running\]:$
// Output:
// start
