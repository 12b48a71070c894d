package main

// A du: the bytes under each directory of a small tree, recursively.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func du(path string, depth int) int64 {
	entries, err := os.ReadDir(path)
	if err != nil {
		fmt.Println("error:", err)
		return 0
	}
	var total int64
	for _, e := range entries {
		p := filepath.Join(path, e.Name())
		if e.IsDir() {
			total += du(p, depth+1)
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		total += info.Size()
	}
	fmt.Printf("%s%-8s %6d\n", strings.Repeat("  ", depth), filepath.Base(path)+"/", total)
	return total
}

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	root := filepath.Join(dir, "root")
	files := map[string]int{"a.txt": 100, "b/b1.bin": 2048, "b/b2.bin": 512, "b/c/deep.txt": 7, "d/e.txt": 1}
	for name, size := range files {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, make([]byte, size), 0644)
	}
	fmt.Println("total:", du(root, 0))
}
// Output:
//     c/            7
//   b/         2567
//   d/            1
// root/      2668
// total: 2668
