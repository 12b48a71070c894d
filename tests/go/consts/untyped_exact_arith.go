package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 99

const Third = 1.0 / 3
const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 98))
	fmt.Println(Third * 3)
	fmt.Println(Huge)
	const x = 7 / 2
	const y = 7 / 2.0
	fmt.Println(x, y)
	var f float64 = 1 << 62
	fmt.Println(f)
	const maxU = ^uint64(0)
	fmt.Println(maxU)
}

// Output:
// 2
// 4
// 1
// 1e+300
// 3 3.5
// 4.611686018427388e+18
// 18446744073709551615
