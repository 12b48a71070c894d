package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Exp(0), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi))
}

// Output:
// 1.4142135623730951 4
// 1024 1.4142135623730951
// 3.5 -3 -2
// 7 3
// -2 3 -3
// 1 -1
// 5
// 1 1 3 3
// 1.0000 -1.0000
