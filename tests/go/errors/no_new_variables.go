package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b := 3, 4
	fmt.Println(a, b)
}

// Exit: 2
// Stderr:
// no_new_variables\.go:7:7: no new variables on left side of :=$
// Output:
