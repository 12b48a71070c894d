package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Printf("%q\n", strings.FieldsFunc("a,b,,c", func(r rune) bool { return r == ',' }))
	fmt.Println(len(strings.FieldsFunc(",,,", func(r rune) bool { return r == ',' })))
}

// Output:
// Fields are: ["foo1" "bar2" "baz3"]
// ["a" "b" "c"]
// 0
