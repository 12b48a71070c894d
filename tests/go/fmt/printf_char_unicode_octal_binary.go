package main

import "fmt"

func main() {
	fmt.Printf("%c %c %c\n", 'A', 0x4E16, 'é')
	fmt.Printf("%U %U\n", 'A', '世')
	fmt.Printf("%o %O %#o\n", 8, 8, 8)
	fmt.Printf("%b %08b\n", 5, 5)
	fmt.Printf("%#x %#X\n", 255, 255)
	fmt.Printf("%x\n", -255)
	fmt.Printf("%q %q\n", 'a', '\n')
	fmt.Printf("%d\n", 'a')
}

// Output:
// A 世 é
// U+0041 U+4E16
// 10 0o10 010
// 101 00000101
// 0xff 0XFF
// -ff
// 'a' '\n'
// 97
