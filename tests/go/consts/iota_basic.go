package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	_ = iota
	X
	_
	Z
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	fmt.Println(A, B, C)
	fmt.Println(X, Z)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T\n", Tuesday)
}

// Output:
// 0 1 2
// 1 3
// 0 1 2
// main.Weekday
