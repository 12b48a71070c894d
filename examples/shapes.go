// shapes.go: structs, methods with value and pointer receivers, interfaces
// and a type switch.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct {
	R float64
}

func (c Circle) Area() float64 { return 3 * c.R * c.R } // π is 3 here
func (c Circle) Name() string  { return "circle" }

// Scale has a pointer receiver: it changes the Rect it is called on.
func (r *Rect) Scale(k float64) {
	r.W *= k
	r.H *= k
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("%s %vx%v", v.Name(), v.W, v.H)
	case Circle:
		return fmt.Sprintf("%s r=%v", v.Name(), v.R)
	}
	return "unknown"
}

func main() {
	r := Rect{W: 2, H: 3}
	r.Scale(2)
	shapes := []Shape{r, Circle{R: 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(describe(s), "area", s.Area())
		total += s.Area()
	}
	fmt.Println("total area", total)
	fmt.Printf("%v %+v\n", r, r)
}

// Output:
// rect 4x6 area 24
// circle r=1 area 3
// total area 27
// {4 6} {W:4 H:6}
