// A generic function returning a closure that keeps state of type T.
package main

import "fmt"

func Accumulator[T int | float64 | string](start T) func(T) T {
	acc := start
	return func(v T) T {
		acc += v
		return acc
	}
}

func main() {
	ai := Accumulator(10)
	ai(1)
	fmt.Println(ai(2))
	as := Accumulator("go")
	as("-")
	fmt.Println(as("pher"))
	af := Accumulator(0.5)
	fmt.Println(af(0.25))
}

// Output:
// 13
// go-pher
// 0.75
