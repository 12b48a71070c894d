package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cases := [][2]string{
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*", ".hidden"}, {"a?c", "abc"}, {"a?c", "a/c"},
		{"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[^a-c]x", "dx"}, {"[abc", "a"}, {"a\\*b", "a*b"},
		{"a\\", "a"}, {"*x*", "axb"}, {"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"ab[", "x"}, {"*[", "x"}, {"[\\]]", "]"}, {"日*", "日本語"},
		{"[日-語]", "本"}, {"", ""}, {"", "a"}, {"**", "abc"}, {"a*b*c", "aXbYc"}, {"a*b*c", "aXbY"},
	}
	for _, c := range cases {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", c[0], c[1], ok, err)
	}
	_, err := filepath.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern, errors.Is(err, path.ErrBadPattern))
}
// Output:
// Match("*.go", "main.go") = true <nil>
// Match("*.go", "dir/main.go") = false <nil>
// Match("*", ".hidden") = true <nil>
// Match("a?c", "abc") = true <nil>
// Match("a?c", "a/c") = false <nil>
// Match("[a-c]x", "bx") = true <nil>
// Match("[^a-c]x", "bx") = false <nil>
// Match("[^a-c]x", "dx") = true <nil>
// Match("[abc", "a") = false syntax error in pattern
// Match("a\\*b", "a*b") = true <nil>
// Match("a\\", "a") = false syntax error in pattern
// Match("*x*", "axb") = true <nil>
// Match("a*/b", "abc/b") = true <nil>
// Match("a*/b", "a/c/b") = false <nil>
// Match("[]a]", "]") = false syntax error in pattern
// Match("[-]", "-") = false syntax error in pattern
// Match("[x-]", "x") = false syntax error in pattern
// Match("ab[", "x") = false syntax error in pattern
// Match("*[", "x") = false syntax error in pattern
// Match("[\\]]", "]") = true <nil>
// Match("日*", "日本語") = true <nil>
// Match("[日-語]", "本") = true <nil>
// Match("", "") = true <nil>
// Match("", "a") = false <nil>
// Match("**", "abc") = true <nil>
// Match("a*b*c", "aXbYc") = true <nil>
// Match("a*b*c", "aXbY") = false <nil>
// true false
