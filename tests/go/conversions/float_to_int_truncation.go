package main

import "fmt"

func main() {
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int64(f*100))
	var h float64 = 255.9
	fmt.Println(uint8(h))
	big := 1e9 + 0.5
	fmt.Println(int(big))
	var f32 float32 = 2.75
	fmt.Println(int32(f32), int(-f32))
}

// Output:
// 3 -3 399
// 255
// 1000000000
// 2 -2
