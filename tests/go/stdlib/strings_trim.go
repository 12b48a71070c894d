package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q\n", strings.TrimSpace("\u2003\u00a0 x \u3000"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("xxhixx", ""))
	fmt.Printf("%q\n", strings.Trim("aaaa", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, "))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimLeft("123abc", "0123456789"))
}

// Output:
// "Hello, Gophers"
// "x"
// "Hello, Gophers"
// "Hello, Gophers!!!"
// "¡¡¡Hello, Gophers"
// "xxhixx"
// ""
// "Gophers!!!"
// "¡¡¡Hello, Gophers!!!"
// "file.go"
// "abc"
