package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	P    Point
	Tags []string
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(s)
	fmt.Printf("%v %d\n", s, s)
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	pp := &Point{3, 4}
	fmt.Println(pp)
	fmt.Printf("%v %+v\n", pp, pp)
	n := Named{"n", Point{5, 6}, []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", n, n)
	var empty []string
	fmt.Println(empty, len(empty))
	arr := [3]bool{true}
	fmt.Println(arr)
	fmt.Println([]string{"a b", "c"})
	var np *Point
	fmt.Println(np)
}

// Output:
// [1 2 3]
// [1 2 3] [1 2 3]
// {1 2}
// {1 2} {X:1 Y:2}
// &{3 4}
// &{3 4} &{X:3 Y:4}
// {n {5 6} [a b]}
// {Name:n P:{X:5 Y:6} Tags:[a b]}
// [] 0
// [true false false]
// [a b c]
// <nil>
