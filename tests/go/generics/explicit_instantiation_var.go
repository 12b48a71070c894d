// An explicitly instantiated generic function stored in a variable.
package main

import "fmt"

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Convert[From, To ~int | ~float64](x From) To { return To(x) }

func main() {
	d := Double[int]
	fmt.Println(d(21))
	fmt.Printf("%T\n", d)
	var df func(float64) float64 = Double[float64]
	fmt.Println(df(1.25))
	toF := Convert[int, float64]
	fmt.Println(toF(3) / 2)
	fns := []func(int) int{Double[int], d}
	fmt.Println(fns[0](1) + fns[1](2))
}

// Output:
// 42
// func(int) int
// 2.5
// 1.5
// 6
