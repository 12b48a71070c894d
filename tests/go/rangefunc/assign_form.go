package main

import "fmt"

func letters(yield func(int, rune) bool) {
	for i, r := range "xyz" {
		if !yield(i, r) {
			return
		}
	}
}

func main() {
	var i int
	var r rune
	for i, r = range letters {
		fmt.Println("in body", i, string(r))
	}
	// the variables keep the last values assigned
	fmt.Println("after", i, string(r))
	for i = range letters {
		if i == 1 {
			break
		}
	}
	fmt.Println("after break", i)
}

// Output:
// in body 0 x
// in body 1 y
// in body 2 z
// after 2 z
// after break 1
