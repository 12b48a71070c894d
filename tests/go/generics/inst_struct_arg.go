// Instantiation with a struct type argument.
package main

import "fmt"

type Point struct{ X, Y int }

func Last[T any](s []T) T { return s[len(s)-1] }

type Holder[T any] struct{ V T }

func main() {
	p := Last([]Point{{1, 2}, {3, 4}})
	fmt.Println(p, p.X+p.Y)
	h := Holder[Point]{Point{5, 6}}
	h.V.X = 50
	fmt.Printf("%+v\n", h)
	anon := Last([]struct{ A string }{{"x"}, {"y"}})
	fmt.Println(anon.A)
}

// Output:
// {3 4} 7
// {V:{X:50 Y:6}}
// y
