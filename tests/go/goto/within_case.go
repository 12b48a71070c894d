package main

import "fmt"

// A label inside a case clause is the target of a goto in the same clause.
func main() {
	for _, n := range []int{3, 5} {
		switch {
		case n > 0:
			i := 0
		again:
			fmt.Print(" ", i)
			i++
			if i < n {
				goto again
			}
			fmt.Println()
		}
	}
}

// Output:
//  0 1 2
//  0 1 2 3 4
