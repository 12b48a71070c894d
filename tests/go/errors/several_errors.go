package main

import "fmt"

func main() {
	var a int = "x"
	b := undefinedThing
	fmt.Println(a + true)
}

// Exit: 2
// Stderr:
// several_errors\.go:6:14: cannot use "x" \(untyped string constant\) as int value in variable declaration$
// several_errors\.go:7:2: declared and not used: b$
// several_errors\.go:7:7: undefined: undefinedThing$
// several_errors\.go:8:14: invalid operation: a \+ true \(mismatched types int and untyped bool\)$
// Output:
