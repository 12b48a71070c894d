package main

import "fmt"

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, 2.0, "s", true, 'r')
	var b byte = 1
	var u uint = 2
	var i64 int64 = 3
	var f32 float32 = 4
	fmt.Printf("%T %T %T %T\n", b, u, i64, f32)
	fmt.Printf("%T %T\n", int8(1), uint16(1))
	fmt.Printf("%T\n", nil)
}

// Output:
// int float64 string bool int32
// uint8 uint int64 float32
// int8 uint16
// <nil>
