package main

import "fmt"

// defer in a goto loop: each pass defers once, and they run when the
// function returns, last first.
func f() {
	i := 0
L:
	defer fmt.Println("deferred", i)
	i++
	if i < 3 {
		goto L
	}
	fmt.Println("returning")
}

func main() {
	f()
}

// Output:
// returning
// deferred 2
// deferred 1
// deferred 0
