// int does not satisfy a constraint that requires a String method.
package main

import "fmt"

type Stringer interface {
	String() string
}

func Show[T Stringer](v T) string { return v.String() }

func main() {
	fmt.Println(Show(42))
}

// Exit: 2
// Stderr:
// err_missing_method\.go:13:18: int does not satisfy Stringer \(missing method String\)$
// Output:
