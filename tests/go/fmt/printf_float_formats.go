package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f %.0f %.1f %.3f\n", x, x, x, x)
	fmt.Printf("%e %E %.2e\n", x, x, x)
	fmt.Printf("%g %G %.3g %.10g\n", x, x, x, x)
	fmt.Printf("%v %v %v\n", 1e6, 1e21, 1e-5)
	fmt.Printf("%g %g\n", 100000.0, 1000000.0)
	fmt.Printf("%.2f %.2f %.2f\n", 2.345, 2.355, -0.001)
	fmt.Printf("%6.1f|%-6.1f|%+.1f\n", 3.14, 3.14, 3.14)
	fmt.Printf("%f %f\n", float32(0.1), 1.0/3)
}

// Output:
// 1234.567800 1235 1234.6 1234.568
// 1.234568e+03 1.234568E+03 1.23e+03
// 1234.5678 1234.5678 1.23e+03 1234.5678
// 1e+06 1e+21 1e-05
// 100000 1e+06
// 2.35 2.35 -0.00
//    3.1|3.1   |+3.1
// 0.100000 0.333333
