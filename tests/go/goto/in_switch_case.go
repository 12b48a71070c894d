package main

import "fmt"

// goto from a case of a switch to a label after the switch, and back
// to a label before it.
func main() {
	n := 0
again:
	switch n {
	case 0, 1:
		n++
		fmt.Println("case", n)
		goto again
	case 2:
		fmt.Println("two")
		goto out
	default:
		fmt.Println("default")
	}
	fmt.Println("not printed")
out:
	fmt.Println("out", n)
}

// Output:
// case 1
// case 2
// two
// out 2
