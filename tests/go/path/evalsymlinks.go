package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	real, _ := filepath.EvalSymlinks(dir)
	os.MkdirAll(filepath.Join(real, "a/b"), 0755)
	os.WriteFile(filepath.Join(real, "a/b/f.txt"), nil, 0644)
	os.Symlink("a/b", filepath.Join(real, "lnk"))
	os.Symlink(filepath.Join(real, "a"), filepath.Join(real, "abs"))
	os.Symlink("lnk/f.txt", filepath.Join(real, "chain"))
	for _, p := range []string{"lnk", "abs/b", "chain", "a/b/../b/f.txt", "lnk/..", "missing", "a/b/f.txt/x"} {
		got, err := filepath.EvalSymlinks(filepath.Join(real, p))
		fmt.Printf("%-16s %q %v\n", p, strings.TrimPrefix(got, real), err != nil)
	}
	os.Chdir(real)
	rel, err := filepath.EvalSymlinks("chain")
	fmt.Println(rel, err)
}
// Output:
// lnk              "/a/b" false
// abs/b            "/a/b" false
// chain            "/a/b/f.txt" false
// a/b/../b/f.txt   "/a/b/f.txt" false
// lnk/..           "" false
// missing          "" true
// a/b/f.txt/x      "" true
// a/b/f.txt <nil>
