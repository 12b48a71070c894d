package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int        { return p.X + p.Y }
func (p *Point) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	sum := Point.Sum
	fmt.Println(sum(Point{1, 2}))
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 2}))
	fmt.Printf("%T\n", sum)
	psum := (*Point).Sum
	fmt.Println(psum(&p))
}

// Output:
// 3
// {20 30}
// {3 3}
// func(main.Point) int
// 50
