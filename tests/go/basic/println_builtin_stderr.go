package main

import "fmt"

func main() {
	println("to stderr", 42, true)
	print("also stderr\n")
	fmt.Println("to stdout")
}

// Stderr:
// ^to stderr 42 true$
// ^also stderr$
// Output:
// to stdout
