package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", "Ami"), strings.HasSuffix("Amigo", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Count("", ""), strings.Count("abc", "abcd"))
}

// Output:
// true false true
// true false false true
// 3 5 6 2
// 1 0
