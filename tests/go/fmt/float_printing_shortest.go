package main

import "fmt"

func main() {
	fmt.Println(0.1 + 0.2)
	x, y := 0.1, 0.2
	fmt.Println(x + y)
	fmt.Println(1e21, 1e20, 3.0, 2.5e-5)
	fmt.Println(100000000.0, 123456789012.0)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(1.0 / 3.0)
	fmt.Println(1e6, 1e-4, 1e-5)
	fmt.Printf("%v %v\n", 1e21, 12345678.0)
}

// Output:
// 0.3
// 0.30000000000000004
// 1e+21 1e+20 3 2.5e-05
// 1e+08 1.23456789012e+11
// 0.1 0.10000000149011612
// 0.3333333333333333
// 1e+06 0.0001 1e-05
// 1e+21 1.2345678e+07
