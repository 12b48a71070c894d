package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("ab界")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(n, buf[:n])
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("bad\xff"))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneCount([]byte("ab€")))
	fmt.Println(string(utf8.AppendRune(nil, 'x')))
}

// Output:
// 14 9
// 1 2 3 4
// 世 3
// true 1
// 界 3
// 3 [226 130 172]
// true false
// 65533 4 3
// x
