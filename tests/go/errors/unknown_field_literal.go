package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{Z: 1}
	fmt.Println(p)
}

// Exit: 2
// Stderr:
// unknown_field_literal\.go:8:9: unknown field Z in struct literal of type P$
// Output:
