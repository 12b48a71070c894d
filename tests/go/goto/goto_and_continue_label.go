package main

import "fmt"

// One label serves continue inside the loop and goto after it.
func main() {
	pass := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue outer
			}
			fmt.Print(" ", i, j)
		}
	}
	fmt.Println()
	pass++
	if pass < 2 {
		goto outer
	}
}

// Output:
//  0 0 1 0 1 1 2 0 2 1 2 2
//  0 0 1 0 1 1 2 0 2 1 2 2
