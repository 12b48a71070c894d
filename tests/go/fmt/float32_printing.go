package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f, f*3, f+0.2)
	var g float32 = 16777216
	fmt.Println(g+1, g+2)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	fmt.Printf("%v %g %.3f %T\n", f, f, f, f)
	h := float32(3.4e38)
	fmt.Println(h * 10)
	fmt.Println(float32(2.5) * float32(4))
}

// Output:
// 0.1 0.3 0.3
// 1.6777216e+07 1.6777218e+07
// 0.33333334 0.3333333432674408
// 0.1 0.1 0.100 float32
// +Inf
// 10
