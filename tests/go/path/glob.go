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
	for _, n := range []string{"a.go", "b.go", "c.txt", ".d.go", "sub1/x.go", "sub2/y.go", "sub2/z.md"} {
		os.MkdirAll(filepath.Dir(dir+"/"+n), 0755)
		os.WriteFile(dir+"/"+n, nil, 0644)
	}
	show := func(pattern string) {
		m, err := filepath.Glob(dir + "/" + pattern)
		for i := range m {
			m[i] = strings.TrimPrefix(m[i], dir+"/")
		}
		fmt.Printf("%-10s %q %v %v\n", pattern, m, m == nil, err)
	}
	show("*.go")
	show("*")
	show("sub*/*.go")
	show("?.txt")
	show("[ab].go")
	show("nomatch*")
	show("c.txt")
	show("missing.txt")
	show("[")
}
// Output:
// *.go       [".d.go" "a.go" "b.go"] false <nil>
// *          [".d.go" "a.go" "b.go" "c.txt" "sub1" "sub2"] false <nil>
// sub*/*.go  ["sub1/x.go" "sub2/y.go"] false <nil>
// ?.txt      ["c.txt"] false <nil>
// [ab].go    ["a.go" "b.go"] false <nil>
// nomatch*   [] true <nil>
// c.txt      ["c.txt"] false <nil>
// missing.txt [] true <nil>
// [          [] true syntax error in pattern
