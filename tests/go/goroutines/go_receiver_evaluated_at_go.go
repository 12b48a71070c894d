// For a value receiver the receiver is copied when the go statement runs.
package main

import "fmt"

type Greeter struct {
	name string
}

func (g Greeter) Greet(start, out chan string) {
	<-start
	out <- "hello, " + g.name
}

func main() {
	start := make(chan string)
	out := make(chan string)
	g := Greeter{"ann"}
	go g.Greet(start, out)
	g.name = "bob"
	start <- ""
	fmt.Println(<-out)
	fmt.Println("g.name is", g.name)
}

// Output:
// hello, ann
// g.name is bob
