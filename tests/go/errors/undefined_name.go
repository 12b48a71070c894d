package main

import "fmt"

func main() {
	fmt.Println(x)
}

// Exit: 2
// Stderr:
// undefined_name\.go:6:14: undefined: x$
// Output:
