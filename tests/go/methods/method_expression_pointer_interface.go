package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Sum() int         { return p.X + p.Y }
func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type I interface {
	Sum() int
	String() string
}

type Num int

func (n Num) Twice() Num { return 2 * n }

func main() {
	p := Point{1, 2}
	(*Point).Move(&p, 1, 2)
	fmt.Println(p)
	mv := (*Point).Move
	mv(&p, 10, 10)
	fmt.Println(p)
	fmt.Printf("%T\n", mv)
	sum := Point.Sum
	fmt.Println(sum(p), Point.Sum(p))
	psum := (*Point).Sum
	fmt.Println(psum(&p))
	fmt.Printf("%T %T\n", sum, psum)
	is := I.Sum
	fmt.Println(is(p), I.String(&p))
	fmt.Printf("%T\n", is)
	fmt.Println(Num.Twice(21), (Num).Twice(4))
	fs := []func(Point) int{Point.Sum}
	fmt.Println(fs[0](Point{3, 4}))
	var np *Point
	defer func() { fmt.Println("recovered:", recover()) }()
	psum(np)
}

// Output:
// (2,4)
// (12,14)
// func(*main.Point, int, int)
// 26 26
// 26
// func(main.Point) int func(*main.Point) int
// 26 (12,14)
// func(main.I) int
// 42 8
// 7
// recovered: value method main.Point.Sum called using nil *Point pointer
