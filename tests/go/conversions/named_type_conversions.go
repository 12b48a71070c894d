package main

import "fmt"

type Meters float64
type Feet float64
type ID int
type Names []string

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

func main() {
	m := Meters(10)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var id ID = 5
	n := int(id) + 1
	fmt.Println(n, ID(n)+id)
	ns := Names([]string{"a", "b"})
	plain := []string(ns)
	plain[0] = "z"
	fmt.Println(ns, len(ns))
	type Pt struct{ X, Y int }
	type Vec struct{ X, Y int }
	v := Vec(Pt{1, 2})
	fmt.Printf("%v %T\n", v, v)
}

// Output:
// 32.81 main.Feet
// 6 11
// [z b] 2
// {1 2} main.Vec
