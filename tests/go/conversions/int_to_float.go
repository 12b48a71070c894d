package main

import "fmt"

func main() {
	i := 7
	fmt.Println(float64(i)/2, i/2)
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var u uint8 = 200
	fmt.Println(float32(u) * 1.5)
	fmt.Printf("%.1f %T\n", float64(-3), float64(-3))
	n := 10
	avg := float64(n) / 3
	fmt.Printf("%.4f\n", avg)
}

// Output:
// 3.5 3
// 9.007199254740992e+15 9007199254740992
// 300
// -3.0 float64
// 3.3333
