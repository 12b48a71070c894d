package main

import "fmt"

func mayPanic() {
	panic("something bad")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println("before")
	mayPanic()
	fmt.Println("not reached")
}

// Output:
// before
// recovered: something bad
