package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()  { c.n++ }
func (c *Counter) IncPtr()   { c.n++ }
func (c Counter) Get() int   { return c.n }

func main() {
	var c Counter
	c.IncValue()
	fmt.Println(c.Get())
	c.IncPtr()
	c.IncPtr()
	fmt.Println(c.Get())
	p := &c
	p.IncPtr()
	p.IncValue()
	fmt.Println(p.Get(), c.n)
}

// Output:
// 0
// 2
// 3 3
