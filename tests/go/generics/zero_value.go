// var zero T gives each type argument's zero value.
package main

import "fmt"

func Zero[T any]() T {
	var zero T
	return zero
}

type S struct {
	A int
	B string
}

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[bool](), Zero[float64]())
	fmt.Printf("%+v\n", Zero[S]())
	fmt.Println(Zero[*int]() == nil, Zero[[]int]() == nil, Zero[map[string]int]() == nil)
	fmt.Println(Zero[error]() == nil, Zero[func()]() == nil, Zero[chan int]() == nil)
	fmt.Println(Zero[[3]int]())
}

// Output:
// 0 "" false 0
// {A:0 B:}
// true true true
// true true true
// [0 0 0]
