package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 'z'), strings.ContainsRune("héllo", 'é'))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("héllo wörld", "wö"))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("gophers", 'x'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("abc", -1))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("chicken", "kmr"), strings.LastIndexAny("go gopher", "go"), strings.LastIndexByte("Hello, world", 'o'))
}

// Output:
// true false true true
// true false true
// true false false
// 4 -1 7
// 0 -1
// 4 -1 6
// 1 -1
// 3 -1 3
// -1 4 4 8
