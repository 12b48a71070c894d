package main

import "fmt"

const untyped = 10
const typed int32 = 10

func main() {
	var f float64 = untyped
	var i8 int8 = untyped
	fmt.Println(f, i8)
	fmt.Printf("%T %T\n", untyped, typed)
	var x = typed * 2
	fmt.Printf("%T %v\n", x, x)
	const c = 'a'
	fmt.Printf("%T %v\n", c, c)
	const s = "s"
	fmt.Printf("%T\n", s)
	const fl = 2.5
	fmt.Printf("%T\n", fl)
	var d = 1 / 2.0
	fmt.Println(d)
}

// Output:
// 10 10
// int int32
// int32 20
// int32 97
// string
// float64
// 0.5
