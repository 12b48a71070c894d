// errors.Is compares only comparable errors: an error type with a slice
// field never panics there, while == on two such errors does.
package main

import (
	"errors"
	"fmt"
)

type SE struct{ parts []string }

func (e SE) Error() string { return "se" }

func main() {
	var a error = SE{[]string{"x"}}
	var b error = SE{[]string{"x"}}
	fmt.Println(errors.Is(a, b))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", a), b))
	var target SE
	fmt.Println(errors.As(fmt.Errorf("w: %w", a), &target), target.parts)
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(a == b)
	}()
}

// Output:
// false
// false
// true [x]
// runtime error: comparing uncomparable type main.SE
