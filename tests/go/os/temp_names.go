package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "minigo-test-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.HasPrefix(filepath.Base(dir), "minigo-test-"))
	f, err := os.CreateTemp(dir, "report-*.csv")
	if err != nil {
		panic(err)
	}
	base := filepath.Base(f.Name())
	fmt.Println(strings.HasPrefix(base, "report-"), strings.HasSuffix(base, ".csv"), len(base) > len("report-.csv"))
	fmt.Println(filepath.Dir(f.Name()) == dir)
	f.WriteString("a,b\n")
	f.Close()
	g, _ := os.CreateTemp(dir, "plain")
	fmt.Println(strings.HasPrefix(filepath.Base(g.Name()), "plain"), g.Name() != f.Name())
	g.Close()
	sub, _ := os.MkdirTemp(dir, "x*y")
	info, _ := os.Stat(sub)
	fmt.Println(info.IsDir(), info.Mode().Perm(), strings.HasSuffix(sub, "y"))
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp(dir, "bad/*")
	fmt.Println(err)
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
}
// Output:
// true true
// true true true
// true
// true true
// true -rwx------ true
// createtemp bad/pattern: pattern contains path separator
// mkdirtemp bad/*: pattern contains path separator
// 3
