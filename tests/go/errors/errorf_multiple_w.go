package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("first")
	e2 := errors.New("second")
	err := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(err)
	fmt.Println(errors.Is(err, e1), errors.Is(err, e2))
	fmt.Println(errors.Unwrap(err) == nil)
}

// Output:
// both: first and second
// true true
// true
