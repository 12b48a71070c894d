// `defer recover()` in a deferred function that a panic runs recovers that
// panic when the function returns; deferred straight in the panicking
// function, or run by a panic that the deferring function raised itself,
// it does not.
package main

import "fmt"

func inDeferred() (r interface{}) {
	defer func() { r = recover() }()
	defer func() {
		defer recover()
	}()
	panic("x")
}

func direct() (r interface{}) {
	defer func() { r = recover() }()
	defer recover()
	panic("y")
}

func ownPanic() (r interface{}) {
	defer func() { r = recover() }()
	defer func() {
		defer recover()
		panic("z")
	}()
	return nil
}

func main() {
	fmt.Println(inDeferred())
	fmt.Println(direct())
	fmt.Println(ownPanic())
	defer recover() // no panic: does nothing
	fmt.Println("end")
}

// Output:
// <nil>
// y
// z
// end
