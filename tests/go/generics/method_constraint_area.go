// A method-only constraint (interface{ Area() float64 }) on struct type arguments.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (s Square) Area() float64 { return s.S * s.S }

func TotalArea[T Shape](shapes []T) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Largest[T Shape](shapes ...T) T {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	fmt.Println(TotalArea([]Rect{{1, 2}, {3, 4}}))
	fmt.Println(TotalArea([]Square{{2}, {0.5}}))
	fmt.Println(TotalArea([]Shape{Rect{1, 1}, Square{3}}))
	fmt.Printf("%+v\n", Largest(Rect{1, 5}, Rect{2, 2}))
}

// Output:
// 14
// 4.25
// 10
// {W:1 H:5}
