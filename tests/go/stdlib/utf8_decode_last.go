package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界"
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c %v\n", r, size)
		s = s[:len(s)-size]
	}
	r, size := utf8.DecodeLastRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("ab\x80")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRune([]byte("xé"))
	fmt.Println(r, size)
}

// Output:
// 界 3
// 世 3
//   1
// , 1
// o 1
// l 1
// l 1
// e 1
// H 1
// 65533 0
// 65533 1
// 233 2
