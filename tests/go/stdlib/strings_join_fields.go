package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"x"}, "--"), strings.Join([]string{"", ""}, "+"))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields("a\tb\nc\u00a0d\u2003e\u3000f"))
	fmt.Printf("%q %d\n", strings.Fields("   "), len(strings.Fields("")))
	words := strings.Fields("the quick brown fox")
	fmt.Println(len(words), strings.Join(words, "_"))
}

// Output:
// foo, bar, baz
// "" "x" "+"
// ["foo" "bar" "baz"]
// ["a" "b" "c" "d" "e" "f"]
// [] 0
// 4 the_quick_brown_fox
