package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

var Unit = Rect{1, 1}

const Sides = 4

func Describe(s Shape) string {
	return fmt.Sprintf("%s %.2f", s.Name(), s.Area())
}

func main() {
	fmt.Println("shapes main ran")
}
