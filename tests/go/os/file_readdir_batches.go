package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	for i := 0; i < 5; i++ {
		os.WriteFile(fmt.Sprintf("%s/f%d", dir, i), nil, 0644)
	}
	f, _ := os.Open(dir)
	defer f.Close()
	var names []string
	for {
		batch, err := f.ReadDir(2)
		fmt.Println(len(batch), err)
		for _, e := range batch {
			names = append(names, e.Name())
		}
		if err == io.EOF {
			break
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	rest, err := f.ReadDir(-1)
	fmt.Println(len(rest), rest != nil, err)
	g, _ := os.Open(dir)
	all, _ := g.Readdirnames(0)
	sort.Strings(all)
	fmt.Println(all)
	g.Close()
}
// Output:
// 2 <nil>
// 2 <nil>
// 1 <nil>
// 0 EOF
// [f0 f1 f2 f3 f4]
// 0 true <nil>
// [f0 f1 f2 f3 f4]
