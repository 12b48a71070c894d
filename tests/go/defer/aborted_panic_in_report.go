// A panic in a deferred call that unwinds past it aborts the first panic;
// a recovery further down ends both, and a third panic's report lists the
// chain as Go does: the aborted one, the recovered one, the new one.
package main

import "fmt"

func f() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main", recover())
		panic("third")
	}()
	f()
}

// Exit: 2
// Stderr:
// ^panic: first$
// ^\tpanic: second \[recovered\]$
// ^\tpanic: third$
// Output:
// main second
