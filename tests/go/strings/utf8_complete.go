package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRune([]byte{0xe4, 0xb8})
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRune(nil)
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.RuneLen(0x10FFFF+1))
	fmt.Println(utf8.AppendRune([]byte("x"), 'ü'), utf8.AppendRune(nil, 0xD800))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"), utf8.RuneStart(0x80), utf8.RuneStart('a'))
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune('a'), utf8.Valid([]byte("ok")), utf8.MaxRune, utf8.UTFMax, utf8.RuneSelf, string(utf8.RuneError))
}
// Output:
// 14 9 9 true false
// é 2
// 界 3
// true 1
// 65533 0
// [226 130 172] 3 3 -1 -1
// [120 195 188] [239 191 189]
// false true false true
// false true true 1114111 4 128 �
