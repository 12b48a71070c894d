package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

func open(p string) error {
	return fmt.Errorf("open wrapper: %w", &PathError{"open", p})
}

func main() {
	err := open("/tmp/x")
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Path, pe.Op)
	}
	fmt.Println(err)
	var other *PathError
	fmt.Println(errors.As(errors.New("plain"), &other), other == nil)
}

// Output:
// as PathError: /tmp/x open
// open wrapper: open /tmp/x: failed
// false true
