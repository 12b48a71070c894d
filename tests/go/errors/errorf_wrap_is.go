package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func layer1() error { return ErrBase }

func layer2() error {
	if err := layer1(); err != nil {
		return fmt.Errorf("layer2: %w", err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("top: %w", layer2())
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase), err == ErrBase)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrBase)
	fmt.Println(errors.Unwrap(ErrBase) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(plain, errors.Is(plain, ErrBase))
}

// Output:
// top: layer2: base failure
// true false
// layer2: base failure
// true
// true
// no wrap: base failure false
