package main

import "fmt"

// goto jumps forward over statements of the same block.
func main() {
	fmt.Println("one")
	goto three
	fmt.Println("two")
three:
	fmt.Println("three")
}

// Output:
// one
// three
