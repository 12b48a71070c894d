package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type N int

func (n N) Get() int { return int(n) }

type I interface{ Sum() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var np *Point
	try("method expr", func() { (*Point).Sum(np) })
	try("method expr value", func() { f := (*Point).Sum; f(np) })
	try("interface", func() { var i I = np; i.Sum() })
	try("method value", func() { f := np.Sum; fmt.Println("bound"); f() })
	try("call", func() { np.Sum() })
	var nn *N
	try("scalar method expr", func() { (*N).Get(nn) })
	try("scalar interface", func() { var i interface{ Get() int } = nn; i.Get() })
}

// Output:
// method expr value method main.Point.Sum called using nil *Point pointer
// method expr value value method main.Point.Sum called using nil *Point pointer
// interface runtime error: invalid memory address or nil pointer dereference
// method value runtime error: invalid memory address or nil pointer dereference
// call runtime error: invalid memory address or nil pointer dereference
// scalar method expr value method main.N.Get called using nil *N pointer
// scalar interface runtime error: invalid memory address or nil pointer dereference
