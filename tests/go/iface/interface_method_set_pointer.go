package main

import "fmt"

type Mover interface{ Move(int) }

type Car struct{ pos int }

func (c *Car) Move(d int) { c.pos += d }

func moveAll(ms []Mover, d int) {
	for _, m := range ms {
		m.Move(d)
	}
}

func main() {
	a, b := &Car{}, &Car{10}
	moveAll([]Mover{a, b, a}, 5)
	fmt.Println(a.pos, b.pos)
}

// Output:
// 10 15
