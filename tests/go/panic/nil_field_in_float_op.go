// A nil pointer's field as a float operand, or as the field of an update
// p.f += a*b, panics at the line that reads it, as a plain load does.
package main

import "fmt"

type V struct{ x, y float64 }

func sub(a, b *V) float64 { return a.x - b.x }

func update(p *V, k float64) {
	p.y += k * 2
	p.x -= k * k
}

func main() {
	fmt.Println(sub(&V{3, 0}, &V{1, 0}))
	defer func() { fmt.Println("recovered:", recover()) }()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		update(nil, 1)
	}()
	var q *V
	fmt.Println(sub(&V{}, q))
}

// Output:
// 2
// recovered: runtime error: invalid memory address or nil pointer dereference
// recovered: runtime error: invalid memory address or nil pointer dereference
