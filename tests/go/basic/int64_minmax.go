package main

import "fmt"

func main() {
	var m int64 = -9223372036854775808
	fmt.Println(m)
	m--
	fmt.Println(m)
	var x int64 = 9223372036854775807
	x++
	fmt.Println(x)
	var n int64 = -9223372036854775808
	fmt.Println(-n)
	fmt.Println(n / -1)
	var i32 int32 = -2147483648
	fmt.Println(i32 / -1, i32 % -1)
}

// Output:
// -9223372036854775808
// 9223372036854775807
// -9223372036854775808
// -9223372036854775808
// -9223372036854775808
// -2147483648 0
