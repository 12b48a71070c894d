package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type Greeter struct{ name string }

func (g Greeter) Greet(who string) string { return g.name + " greets " + who }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	g := Greeter{"ann"}
	f := g.Greet
	g.name = "bob"
	fmt.Println(f("carl"))
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
	fns := []func(string) string{g.Greet, Greeter{"dee"}.Greet}
	for _, fn := range fns {
		fmt.Println(fn("x"))
	}
}

// Output:
// 2
// ann greets carl
// 2 3
// bob greets x
// dee greets x
