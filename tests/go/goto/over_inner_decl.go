package main

import "fmt"

// A forward goto may jump over a block that declares variables: they are
// not in scope at the label.
func main() {
	goto L
	{
		x := 1
		fmt.Println(x)
	}
	if y := 2; y > 0 {
		fmt.Println(y)
	}
L:
	fmt.Println("at L")
}

// Output:
// at L
