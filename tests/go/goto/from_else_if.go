package main

import "fmt"

// goto from the branches of an if/else-if/else chain.
func classify(n int) (s string) {
	if n < 0 {
		s = "neg"
		goto out
	} else if n == 0 {
		s = "zero"
		goto out
	} else {
		s = "pos"
	}
	s += "itive"
out:
	return
}

func main() {
	fmt.Println(classify(-2), classify(0), classify(9))
}

// Output:
// neg zero positive
