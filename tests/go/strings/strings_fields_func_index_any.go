package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Printf("%q\n", f)
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
}

// Output:
// ["a" "b" "c"]
// 4 5
// 7
// abc
