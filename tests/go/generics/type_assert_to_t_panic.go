// A failed x.(T) in generic code panics with the instantiated type's name.
package main

import "fmt"

func Must[T any](x any) T { return x.(T) }

func main() {
	fmt.Println(Must[int](1))
	fmt.Println(Must[string](2))
}

// Exit: 2
// Stderr:
// ^panic: interface conversion: interface \{\} is int, not string$
// Output:
// 1
