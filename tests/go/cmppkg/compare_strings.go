// cmp.Compare on strings compares bytes: upper case first, prefixes first, UTF-8 last.
package main

import (
	"cmp"
	"fmt"
)

func main() {
	pairs := [][2]string{
		{"", "a"},
		{"a", ""},
		{"Z", "a"},
		{"abc", "abd"},
		{"ab", "abc"},
		{"same", "same"},
		{"é", "z"},
		{"\x00", ""},
		{"日本", "日"},
	}
	for _, p := range pairs {
		fmt.Printf("%q %q %d %v\n", p[0], p[1], cmp.Compare(p[0], p[1]), cmp.Less(p[0], p[1]))
	}
}

// Output:
// "" "a" -1 true
// "a" "" 1 false
// "Z" "a" -1 true
// "abc" "abd" -1 true
// "ab" "abc" -1 true
// "same" "same" 0 false
// "é" "z" 1 false
// "\x00" "" 1 false
// "日本" "日" 1 false
