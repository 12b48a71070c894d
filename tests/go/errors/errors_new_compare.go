package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "x" {
		return nil
	}
	return ErrNotFound
}

func main() {
	fmt.Println(find("x"))
	err := find("y")
	fmt.Println(err, err == ErrNotFound)
	fmt.Println(errors.New("not found") == ErrNotFound)
	fmt.Println(err.Error())
}

// Output:
// <nil>
// not found true
// false
// not found
