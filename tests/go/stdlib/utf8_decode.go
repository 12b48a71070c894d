package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%c %v\n", r, size)
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff\xfe")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xed\xa0\x80")
	fmt.Println(r, size)
	b := []byte("€uro")
	r, size = utf8.DecodeRune(b)
	fmt.Println(r, size, utf8.RuneCount(b), utf8.RuneCountInString("héllo, 世界"), utf8.RuneCountInString("a\xffb"))
}

// Output:
// H 1
// e 1
// l 1
// l 1
// o 1
// , 1
//   1
// 世 3
// 界 3
// 65533 0
// 65533 1 true
// 65533 1
// 65533 1
// 8364 3 4 9 3
