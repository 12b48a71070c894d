package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	wd, _ := os.Getwd()
	a, err := filepath.Abs("x/../y")
	fmt.Println(a == filepath.Join(wd, "y"), err)
	a, _ = filepath.Abs("/tmp/./q/")
	fmt.Println(a)
	pairs := [][2]string{
		{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/", "/etc"},
		{"/a", "b"}, {"../a", "b"}, {"a", "../b"}, {".", "x/y"}, {"a/b/", "a/b/../c"}, {"/x/y", "/"},
	}
	for _, p := range pairs {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", p[0], p[1], r, err)
	}
	for _, p := range []string{"a/b", "../a", "/abs", "", "a/../../b", "a/..", "."} {
		fmt.Print(filepath.IsLocal(p), " ")
	}
	fmt.Println()
}
// Output:
// true <nil>
// /tmp/q
// Rel("/a/b", "/a/b/c/d") = "c/d" <nil>
// Rel("/a/b/c", "/a/x") = "../../x" <nil>
// Rel("a", "a") = "." <nil>
// Rel("a/b", "c") = "../../c" <nil>
// Rel("/", "/etc") = "etc" <nil>
// Rel("/a", "b") = "" Rel: can't make b relative to /a
// Rel("../a", "b") = "" Rel: can't make b relative to ../a
// Rel("a", "../b") = "../../b" <nil>
// Rel(".", "x/y") = "x/y" <nil>
// Rel("a/b/", "a/b/../c") = "../c" <nil>
// Rel("/x/y", "/") = "../.." <nil>
// true false false false false true true 
