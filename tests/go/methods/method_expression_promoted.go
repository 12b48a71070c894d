package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Sum() int         { return p.X + p.Y }

type Outer struct {
	Point
	name string
}

type Named interface{ Name() string }

type Dog struct{}

func (Dog) Name() string { return "dog" }

type Animal interface {
	Named
	Sound() string
}

func (Dog) Sound() string { return "woof" }

func main() {
	p := Point{1, 2}
	defer (*Point).Move(&p, 0, 0)
	defer func() { fmt.Println("deferred", p) }()
	defer (*Point).Move(&p, 100, 100)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); (*Point).Move(&p, 1, 1) }()
	wg.Wait()
	fmt.Println(p)
	o := Outer{Point{3, 4}, "o"}
	fmt.Println(Outer.Sum(o), (*Outer).Sum(&o))
	(*Outer).Move(&o, 1, 1)
	fmt.Println(o.Point)
	fmt.Println(Animal.Name(Dog{}), Animal.Sound(Dog{}), Named.Name(Dog{}))
	f := Animal.Name
	var a Animal = Dog{}
	fmt.Println(f(a))
	fmt.Printf("%T\n", (*Outer).Move)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n Named
		Named.Name(n)
	}()
	var np *Point
	(*Point).Sum(np)
}

// Exit: 2
// Stderr:
// ^panic: value method main\.Point\.Sum called using nil \*Point pointer$
// ^goroutine 1 \[running\]:$
// Output:
// {2 3}
// 7 7
// {4 5}
// dog woof dog
// dog
// func(*main.Outer, int, int)
// recovered: runtime error: invalid memory address or nil pointer dereference
// deferred {102 103}
