// Receiving from a closed channel of structs gives a zero struct each
// time; changing one does not change the next.
package main

import "fmt"

type T struct {
	n    int
	name string
	xs   []int
}

func main() {
	c := make(chan T)
	close(c)
	a := <-c
	a.n = 5
	a.name = "a"
	b, ok := <-c
	fmt.Printf("%+v %+v %v %v\n", a, b, ok, b.xs == nil)
	for v := range c {
		fmt.Println("never", v)
	}
}

// Output:
// {n:5 name:a xs:[]} {n:0 name: xs:[]} false true
