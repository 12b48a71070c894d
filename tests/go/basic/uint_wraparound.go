package main

import "fmt"

func main() {
	var a uint8 = 0
	a--
	fmt.Println(a)
	var b uint8 = 200
	b += 100
	fmt.Println(b)
	var c uint32 = 0
	c = c - 1
	fmt.Println(c)
	var d uint32 = 4000000000
	d *= 2
	fmt.Println(d)
	var e uint64 = 0
	e--
	fmt.Println(e)
	var f uint16 = 65535
	f++
	fmt.Println(f)
}

// Output:
// 255
// 44
// 4294967295
// 3705032704
// 18446744073709551615
// 0
