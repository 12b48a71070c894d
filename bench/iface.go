// iface: interface method calls on three dynamic types (a struct value
// receiver, a pointer receiver, a named integer), one call site.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

type Square int

func (s Square) Area() int { return int(s * s) }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square(2), &Circle{2}}
	total := 0
	for i := 0; i < 20000000; i++ {
		total += shapes[i&3].Area()
	}
	fmt.Println(total)
}
