package main

import "fmt"

// goto leaves two nested loops at once.
func main() {
	for a := 1; a <= 5; a++ {
		for b := 1; b <= 5; b++ {
			if a*b == 12 {
				fmt.Println("found", a, b)
				goto found
			}
		}
	}
	fmt.Println("not found")
found:
	fmt.Println("done")
}

// Output:
// found 3 4
// done
