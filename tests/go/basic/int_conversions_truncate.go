package main

import "fmt"

func main() {
	var big int = 300
	fmt.Println(int8(big), uint8(big))
	var neg int = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var u uint32 = 4294967295
	fmt.Println(int32(u), int64(u), int16(u))
	var i64 int64 = 1<<40 + 5
	fmt.Println(int32(i64), uint8(i64))
	var b byte = 250
	fmt.Println(int8(b), int(b)+10)
	var r rune = 0x1F600
	fmt.Println(uint16(r))
}

// Output:
// 44 44
// 255 65535 4294967295 18446744073709551615
// -1 4294967295 -1
// 5 5
// -6 260
// 62976
