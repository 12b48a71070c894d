package main

import (
	"fmt"
	"strings"
)

func main() {
	n := -1
	fmt.Println("before")
	fmt.Println(strings.Repeat("x", n))
}

// Exit: 2
// Stderr:
// ^panic: strings: negative Repeat count$
// Output:
// before
