package main

import "fmt"

func main() {
	var a float32 = 1.1
	var b float32 = 2.2
	fmt.Println(a+b, a*b, b/a, a-b)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	fmt.Println(float32(1e-45), float32(16777217))
}

// Output:
// 3.3000002 2.42 2 -1.1
// 1.0000001 false
// 0.9999999999999999 false
// 1e-45 1.6777216e+07
