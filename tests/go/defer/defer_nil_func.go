// A deferred call of a nil func value panics when it runs (at return, or
// while a panic unwinds), not at the defer statement; the panic is a
// recoverable nil dereference. The same for nil funcs called, deferred
// through a struct field, and a method value of a nil interface.
package main

import "fmt"

type I interface{ M() }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func main() {
	try("return", func() {
		var f func()
		defer f()
		fmt.Println("body runs")
	})
	try("during panic", func() {
		var f func(int)
		defer f(1)
		panic("first")
	})
	try("call", func() {
		var f func() int
		_ = f()
	})
	try("field", func() {
		var s struct{ f func(string) }
		defer s.f("x")
		fmt.Println("body runs")
	})
	try("iface method value", func() {
		var i I
		defer i.M()
		fmt.Println("not reached")
	})
	fmt.Println("end")
}

// Output:
// body runs
// return runtime error: invalid memory address or nil pointer dereference
// during panic runtime error: invalid memory address or nil pointer dereference
// call runtime error: invalid memory address or nil pointer dereference
// body runs
// field runtime error: invalid memory address or nil pointer dereference
// iface method value runtime error: invalid memory address or nil pointer dereference
// end
