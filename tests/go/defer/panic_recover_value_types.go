package main

import (
	"errors"
	"fmt"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	try(func() { panic("str") })
	try(func() { panic(7) })
	try(func() { panic(errors.New("an error")) })
	try(func() {
		var a []int
		_ = a[3]
	})
	try(func() {
		x := 0
		fmt.Println(1 / x)
	})
}

// Output:
// string str
// int 7
// *errors.errorString an error
// runtime.boundsError runtime error: index out of range [3] with length 0
// runtime.errorString runtime error: integer divide by zero
