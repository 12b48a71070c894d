package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
}

// Output:
// rect 6
// square 16
// rect 1
// 23
