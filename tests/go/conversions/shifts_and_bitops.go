package main

import "fmt"

func main() {
	x := 0b1011
	fmt.Println(x<<2, x>>1, x&6, x|4, x^0xF, x&^3)
	var u uint8 = 0xF0
	fmt.Println(^u, u<<1, u>>4)
	var i int8 = -8
	fmt.Println(i>>1, i<<4)
	s := uint(70)
	fmt.Println(1<<s == 0, int64(1)<<62)
	fmt.Println(0o17, 0x1F, 1_000_000)
	n := -7
	fmt.Println(n/2, n%2, n>>1, -n/2)
}

// Output:
// 44 5 2 15 4 8
// 15 224 15
// -4 -128
// true 4611686018427387904
// 15 31 1000000
// -3 -1 -4 3
