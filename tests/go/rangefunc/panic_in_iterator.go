package main

import (
	"errors"
	"fmt"
)

var errBroken = errors.New("broken iterator")

func broken(yield func(int) bool) {
	yield(1)
	panic(errBroken)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == errBroken)
	}()
	for x := range broken {
		fmt.Println("body", x)
	}
	fmt.Println("not reached")
}

// Output:
// body 1
// recovered: broken iterator true
