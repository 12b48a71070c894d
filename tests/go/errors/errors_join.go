package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
)

func main() {
	err := errors.Join(ErrA, nil, ErrB)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB))
	fmt.Println(errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(errors.Is(wrapped, ErrB))
	fmt.Printf("%q\n", wrapped.Error())
}

// Output:
// error A
// error B
// true true
// true
// true
// "ctx: error A\nerror B"
