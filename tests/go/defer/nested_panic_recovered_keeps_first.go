// A deferred call panics and recovers its own panic while an earlier panic
// unwinds: the earlier panic goes on, and the next deferred call sees it.
package main

import "fmt"

func f() (r string) {
	defer func() { r = fmt.Sprint("outer: ", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(f())
	// the deferred call that recovered returns normally; later deferred
	// calls of the same frame still run
	func() {
		defer func() { fmt.Println("last:", recover()) }()
		defer fmt.Println("plain deferred call runs")
		defer func() {
			defer func() { fmt.Println("inner2:", recover()) }()
			panic(2)
		}()
		panic(1)
	}()
}

// Output:
// inner: second
// outer: first
// inner2: 2
// plain deferred call runs
// last: 1
