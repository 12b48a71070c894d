package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c *= 3
	fmt.Println(c)
	var d int16 = 32767
	d += 2
	fmt.Println(d)
}

// Output:
// -128
// 127
// 44
// -32767
