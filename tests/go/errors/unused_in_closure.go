package main

import "fmt"

func main() {
	f := func() {
		y := 2
	}
	fmt.Println(f)
}

// Exit: 2
// Stderr:
// unused_in_closure\.go:7:3: declared and not used: y$
// Output:
