package main

import "fmt"

// A label on a block statement: goto it runs the block again.
func main() {
	n := 0
B:
	{
		n++
		fmt.Println("block", n)
	}
	if n < 3 {
		goto B
	}
}

// Output:
// block 1
// block 2
// block 3
