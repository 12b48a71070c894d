package main

import "fmt"

// A backward goto may jump back over a declaration: the declaration runs
// again and gives the variable its initial value again.
func main() {
	pass := 0
L:
	total := 100
	total += pass
	fmt.Println("total", total)
	pass++
	if pass < 3 {
		goto L
	}
}

// Output:
// total 100
// total 101
// total 102
