package main

import "fmt"

func main() {
	n := 5
	var s string = n
	fmt.Println(s)
}

// Exit: 2
// Stderr:
// cannot_use_var_type\.go:7:17: cannot use n \(variable of type int\) as string value in variable declaration$
// Output:
