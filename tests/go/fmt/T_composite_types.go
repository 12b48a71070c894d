package main

import "fmt"

type Point struct{ X, Y int }
type Celsius float64
type Op func(int) int

func main() {
	fmt.Printf("%T\n", []int{})
	fmt.Printf("%T\n", [3]string{})
	fmt.Printf("%T\n", map[string][]int{})
	fmt.Printf("%T\n", Point{})
	fmt.Printf("%T\n", &Point{})
	fmt.Printf("%T\n", Celsius(1))
	fmt.Printf("%T\n", func(a int, b string) (bool, error) { return false, nil })
	fmt.Printf("%T\n", Op(nil))
	fmt.Printf("%T\n", struct{ A int }{})
	var e error = fmt.Errorf("x")
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", []any{1})
	fmt.Printf("%T %T\n", 'a', byte('a'))
}

// Output:
// []int
// [3]string
// map[string][]int
// main.Point
// *main.Point
// main.Celsius
// func(int, string) (bool, error)
// main.Op
// struct { A int }
// *errors.errorString
// []interface {}
// int32 uint8
