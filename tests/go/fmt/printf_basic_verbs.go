package main

import "fmt"

func main() {
	fmt.Printf("%d %s %v %t\n", 42, "str", 3.5, true)
	fmt.Printf("%q\n", "quoted\n")
	fmt.Printf("%x %X\n", 255, 255)
	fmt.Printf("%f %.2f\n", 3.14159, 3.14159)
	fmt.Printf("%e %g\n", 123456.789, 123456.789)
	fmt.Printf("%g %g\n", 0.000001234, 1e21)
	fmt.Printf("%v %v\n", -7, uint8(200))
	fmt.Printf("100%%\n")
}

// Output:
// 42 str 3.5 true
// "quoted\n"
// ff FF
// 3.141590 3.14
// 1.234568e+05 123456.789
// 1.234e-06 1e+21
// -7 200
// 100%
