package main

import "fmt"

// A function literal has its own labels: the same name in the literal and
// in the function around it are two labels.
func main() {
	n := 0
L:
	f := func() int {
		c := 0
	L:
		c++
		if c < 3 {
			goto L
		}
		return c
	}
	n += f()
	if n < 6 {
		goto L
	}
	fmt.Println(n)
}

// Output:
// 6
