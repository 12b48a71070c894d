package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("writing")
	m["a"] = 1
}

// Exit: 2
// Stderr:
// ^panic: assignment to entry in nil map$
// ^goroutine 1 \[running\]:$
// Output:
// writing
