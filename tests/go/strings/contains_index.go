package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello, world, hello"
	fmt.Println(strings.Contains(s, "world"), strings.Contains(s, "xyz"), strings.Contains(s, ""))
	fmt.Println(strings.Index(s, "hello"), strings.LastIndex(s, "hello"), strings.Index(s, "nope"))
	fmt.Println(strings.IndexByte(s, 'w'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyc"))
	fmt.Println(strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Println(strings.Index("日本語", "語"))
}

// Output:
// true false true
// 0 14 -1
// 7 4
// true true
// 5 5
// 6
