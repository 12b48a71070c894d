package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	buf := make([]byte, 1)
	utf8.EncodeRune(buf, '世')
}

// Output:
// recovered: runtime error: index out of range [2] with length 1
