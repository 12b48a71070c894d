// closures.go: closures capture variables, not values.  Since Go 1.22 each
// iteration of a for loop has its own loop variable, so the closures made in
// the loop below print 0, 1, 2.  Run it with
//
//	minigo run -lang=go1.21 examples/closures.go
//
// to get the old rule (one variable shared by all iterations): 3, 3, 3.
package main

import "fmt"

// counter returns a function that counts its calls in a captured variable.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	next()
	next()
	fmt.Println("calls:", next())

	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Println("i =", i) })
	}
	for _, p := range prints {
		p()
	}
}

// Output:
// calls: 3
// i = 0
// i = 1
// i = 2
