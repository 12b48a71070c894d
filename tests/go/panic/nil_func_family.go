// The nil-func family: method values and deferred or go calls through a
// nil pointer with a value receiver panic when evaluated; nil funcs from a
// slice or map panic when called, or, deferred, when the deferred call runs.
package main

import "fmt"

type T struct{ x int }

func (t T) V() int   { return t.x }
func (t *T) P() int  { return 1 }

type I interface{ V() int }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func main() {
	var p *T
	try("value method value on nil ptr", func() { f := p.V; fmt.Println("made"); _ = f })
	try("ptr method value on nil ptr", func() { f := p.P; fmt.Println("made", f()) })
	try("defer value method nil ptr", func() { defer p.V(); fmt.Println("after defer") })
	try("go value method nil ptr", func() { go p.V(); fmt.Println("after go") })
	var i I
	try("iface nil call", func() { i.V() })
	try("iface from nil ptr", func() { i = p; i.V() })
	var fs []func()
	try("nil func in slice", func() { fs = make([]func(), 1); fs[0]() })
	var mf map[string]func()
	try("nil func from map", func() { mf["x"]() })
	try("defer nil from map", func() { defer mf["x"](); fmt.Println("body") })
}

// Output:
// value method value on nil ptr runtime error: invalid memory address or nil pointer dereference
// made 1
// ptr method value on nil ptr <nil>
// defer value method nil ptr runtime error: invalid memory address or nil pointer dereference
// go value method nil ptr runtime error: invalid memory address or nil pointer dereference
// iface nil call runtime error: invalid memory address or nil pointer dereference
// iface from nil ptr runtime error: invalid memory address or nil pointer dereference
// nil func in slice runtime error: invalid memory address or nil pointer dereference
// nil func from map runtime error: invalid memory address or nil pointer dereference
// body
// defer nil from map runtime error: invalid memory address or nil pointer dereference
