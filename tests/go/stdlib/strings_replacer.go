package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("hello", "HI", "world", "EARTH")
	fmt.Println(r4.Replace("hello world, hello!"))
	r5 := strings.NewReplacer("", "-")
	fmt.Println(r5.Replace("abc"))
	fmt.Println(strings.NewReplacer("x", "y").Replace("nothing here"))
}

// Output:
// This is &lt;b&gt;HTML&lt;/b&gt;!
// 1111
// 31
// HI EARTH, HI!
// -a-b-c-
// nothing here
