// comparable cannot be the type of a variable.
package main

func main() {
	var c comparable
	_ = c
}

// Exit: 2
// Stderr:
// err_comparable_as_type\.go:5:8: cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable$
// Output:
