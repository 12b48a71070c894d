package main

import "fmt"

type T struct{ a, b int }

type Str string

func (s Str) String() string { return string(s) }

func main() {
	var i interface{} = true
	switch {
	case i:
		fmt.Println("i is true")
	}
	i = 1
	switch {
	case i:
		fmt.Println("wrong")
	default:
		fmt.Println("i is not true")
	}
	var j any = false
	switch {
	case j, i:
		fmt.Println("wrong")
	case true:
		fmt.Println("plain true")
	}

	// a concrete tag with interface cases
	x := 2
	var a, b any = "2", 2
	switch x {
	case a:
		fmt.Println("wrong")
	case b:
		fmt.Println("x == b")
	}
	// an interface tag with concrete and interface cases
	var v any = T{1, 2}
	switch v {
	case 1, "x", nil:
		fmt.Println("wrong")
	case T{1, 2}:
		fmt.Println("v == T{1, 2}")
	}
	s := T{3, 4}
	var w any = T{3, 4}
	switch s {
	case w:
		fmt.Println("s == w")
	}
	var st fmt.Stringer = Str("hi")
	switch Str("hi") {
	case st:
		fmt.Println("Str == Stringer")
	}
	switch st {
	case Str("ho"):
		fmt.Println("wrong")
	case Str("hi"):
		fmt.Println("Stringer == Str")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	var p *int
	switch p {
	case nil:
		fmt.Println("nil pointer")
	}
	f := 1.5
	switch any(f) {
	case 1.5:
		fmt.Println("float in interface")
	}
}

// Output:
// i is true
// i is not true
// plain true
// x == b
// v == T{1, 2}
// s == w
// Str == Stringer
// Stringer == Str
// nil error
// nil pointer
// float in interface
