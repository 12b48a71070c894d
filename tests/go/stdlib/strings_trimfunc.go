package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	fmt.Println(strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter))
	fmt.Println(strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("  spaced  ", unicode.IsSpace))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsDigit), strings.LastIndexFunc("go", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("heLlo", unicode.IsUpper))
	calls := 0
	strings.TrimFunc("aaXaa", func(r rune) bool { calls++; return r == 'a' })
	fmt.Println(calls)
}

// Output:
// Hello, Gophers
// abc456
// 123abc
// spaced
// 7
// 5 -1
// false true
// 6
