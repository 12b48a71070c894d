package main

import "fmt"

func main() {
	a := 1.5
	b := 2.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(10.0 / 3)
	fmt.Println(1e100, 1e-7, 123456789.0, 0.000001)
	var z float64
	fmt.Println(z, -z)
	x := 2.0
	fmt.Println(x * x * x)
	fmt.Println(7.0 / 2.0)
	fmt.Println(float64(7) / 2)
}

// Output:
// 3.75 -0.75 3.375 0.6666666666666666
// 3.3333333333333335
// 1e+100 1e-07 1.23456789e+08 1e-06
// 0 -0
// 8
// 3.5
// 3.5
