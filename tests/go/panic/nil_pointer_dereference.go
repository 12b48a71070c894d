package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.X)
}

// Exit: 2
// Stderr:
// ^panic: runtime error: invalid memory address or nil pointer dereference$
// ^goroutine 1 \[running\]:$
// Output:
// before
