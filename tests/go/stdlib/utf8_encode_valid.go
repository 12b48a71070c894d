package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	b := utf8.AppendRune(nil, '世')
	b = utf8.AppendRune(b, 'x')
	fmt.Println(b, string(b))
	fmt.Println(utf8.ValidString("héllo"), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8, 0x96}), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("\xff"), utf8.RuneStart(0x96), utf8.RuneStart('a'))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}

// Output:
// 97 1 1 [97] true
// 233 2 2 [195 169] true
// 19990 3 3 [228 184 150] true
// 128512 4 4 [240 159 152 128] true
// -1 -1 3 [239 191 189] false
// 55296 -1 3 [239 191 189] false
// 1114112 -1 3 [239 191 189] false
// [228 184 150 120] 世x
// true false true false
// false true true false true
// 65533 128 1114111 4
