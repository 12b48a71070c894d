package main

import "fmt"

type P struct{ X, Y int }

func modify(p P) { p.X = 100 }
func modifyPtr(p *P) { p.X = 100 }

func main() {
	a := P{1, 2}
	b := a
	b.X = 9
	fmt.Println(a, b)
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	c := &a
	c.Y = 50
	fmt.Println(a, *c)
}

// Output:
// {1 2} {9 2}
// {1 2}
// {100 2}
// {100 50} {100 50}
