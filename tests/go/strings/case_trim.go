package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, Wörld"), strings.ToLower("ÀBC Def"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.Trim("  !hi! ", " !"))
	fmt.Println(strings.TrimLeft("aaabcaa", "a"), strings.TrimRight("aaabcaa", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"))
	fmt.Println(strings.TrimSuffix("file.go", ".go"), strings.TrimSuffix("file.go", ".c"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"))
}

// Output:
// HELLO, WÖRLD àbc def
// "padded"
// hi hi
// bcaa aaabc
// body body
// file file.go
// true true false
// true false
