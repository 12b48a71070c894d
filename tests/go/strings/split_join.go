package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz \n"))
}

// Output:
// 4 [a b  c]
// ["a" "b" "c"]
// [""]
// x-y-z
//
// ["a" "b,c,d"]
// ["a" "b" "c" "d"]
// ["foo" "bar" "baz"]
