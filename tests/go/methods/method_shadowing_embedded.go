package main

import "fmt"

type Inner struct{}

func (Inner) Name() string  { return "inner" }
func (Inner) Hello() string { return "hello from inner" }

type Outer struct{ Inner }

func (Outer) Name() string { return "outer" }

func main() {
	o := Outer{}
	fmt.Println(o.Name(), o.Inner.Name(), o.Hello())
}

// Output:
// outer inner hello from inner
