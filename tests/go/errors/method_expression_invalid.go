package main

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

type Outer struct{ Point }

type I interface{ M() }

func main() {
	_ = Outer.Move
	_ = Point.Move
	_ = (*I).M
	var pi *I
	pi.M()
	_ = I.N
	_ = (*Point).X
}

// Exit: 2
// Stderr:
// method_expression_invalid\.go:12:12: invalid method expression Outer\.Move \(needs pointer receiver \(\*Outer\)\.Move\)$
// method_expression_invalid\.go:13:12: invalid method expression Point\.Move \(needs pointer receiver \(\*Point\)\.Move\)$
// method_expression_invalid\.go:14:11: \(\*I\)\.M undefined \(type \*I is pointer to interface, not interface\)$
// method_expression_invalid\.go:16:5: pi\.M undefined \(type \*I is pointer to interface, not interface\)$
// method_expression_invalid\.go:17:8: I\.N undefined \(type I has no field or method N\)$
// method_expression_invalid\.go:18:15: \(\*Point\)\.X undefined \(type \*Point has no method X\)$
// Output:
