package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../x", "a//b///c/", "./a/./b/.", "../../a/..", "a/../..", "/a/b/../../..", "abc", "a/b/c/../../d/"} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a/", "/b"), path.Join("", ""), path.Join("", "x"), path.Join("/", "..", "y"))
	fmt.Println(filepath.Join("dir", "sub", "..", "file.txt"), filepath.Join())
	fmt.Println(filepath.Clean("x/./y//z/.."))
}
// Output:
// Clean("") = "."
// Clean(".") = "."
// Clean("..") = ".."
// Clean("/") = "/"
// Clean("//") = "/"
// Clean("a/b/../c") = "a/c"
// Clean("/../x") = "/x"
// Clean("a//b///c/") = "a/b/c"
// Clean("./a/./b/.") = "a/b"
// Clean("../../a/..") = "../.."
// Clean("a/../..") = ".."
// Clean("/a/b/../../..") = "/"
// Clean("abc") = "abc"
// Clean("a/b/c/../../d/") = "a/d"
// a/b/c a/b  x /y
// dir/file.txt 
// x/y
