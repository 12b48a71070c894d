// A package-level variable may be initialized with a value whose methods
// are declared anywhere in the package (here after it, and before it).
package main

import "fmt"

type eErr struct{}

func (eErr) Error() string { return "e failed" }

var E error = eErr{}

var S fmt.Stringer = name("x")

type name string

func (n name) String() string { return "name " + string(n) }

func main() {
	fmt.Println(E, S)
}

// Output:
// e failed name x
