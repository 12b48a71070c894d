package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	s, ok := strings.CutPrefix("prefix-rest", "prefix-")
	fmt.Println(s, ok)
}

// Output:
// key value=x true
// false
// -1 1 0
// rest true
