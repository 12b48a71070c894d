package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	F1 = 1 << iota
	F2
	F4
	F8
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(F1, F2, F4, F8)
	fmt.Println(a, b, c, d, e, f)
}

// Output:
// 1024 1.048576e+06 1.073741824e+09
// 1 2 4 8
// 0 0 1 10 2 20
