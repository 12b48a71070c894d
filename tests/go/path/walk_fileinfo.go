package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/src/pkg", 0755)
	os.WriteFile(dir+"/src/main.go", []byte("package main\n"), 0644)
	os.WriteFile(dir+"/src/pkg/lib.go", []byte("package pkg\n\nfunc F() {}\n"), 0644)
	os.WriteFile(dir+"/README", []byte("hi"), 0644)
	var total int64
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if !info.IsDir() {
			total += info.Size()
		}
		name := info.Name()
		if rel == "." {
			name = "(root)"
		}
		fmt.Println(rel, name, info.IsDir(), info.IsDir() || info.Size() > 0)
		return nil
	})
	fmt.Println("total bytes:", total)
}
// Output:
// . (root) true true
// README README false true
// src src true true
// src/main.go main.go false true
// src/pkg pkg true true
// src/pkg/lib.go lib.go false true
// total bytes: 40
