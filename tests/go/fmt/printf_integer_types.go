package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var u64 uint64 = 1<<64 - 1
	var i64 int64 = -1 << 63
	fmt.Printf("%d %d %d %d\n", i8, u8, u64, i64)
	fmt.Printf("%x %x %X\n", i8, u8, u64)
	fmt.Printf("%b %o %#b\n", u8, u8, 5)
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	fmt.Printf("%08.3d|%-+5d|% d|% d\n", 7, 3, 5, -5)
	fmt.Printf("%v %v\n", uintptr(10), 'x')
}

// Output:
// -128 255 18446744073709551615 -9223372036854775808
// -80 ff FFFFFFFFFFFFFFFF
// 11111111 377 0b101
// Hi!
//      007|+3   | 5|-5
// 10 120
