package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	for _, n := range []string{"b/2.txt", "a/1.txt", "a/skip/hidden.txt", "a/deep/er/x.go", "top.md"} {
		os.MkdirAll(filepath.Dir(dir+"/"+n), 0755)
		os.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", rel)
			return filepath.SkipDir
		}
		fmt.Printf("%-16s dir=%v type=%v\n", rel, d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("err:", err)
	count := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		count++
		if strings.HasSuffix(p, "1.txt") {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("visited before SkipAll:", count)
	err = filepath.WalkDir(dir+"/missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called with", d == nil, strings.ReplaceAll(err.Error(), dir, "DIR"))
		return err
	})
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
}
// Output:
// .                dir=true type=d---------
// a                dir=true type=d---------
// a/1.txt          dir=false type=----------
// a/deep           dir=true type=d---------
// a/deep/er        dir=true type=d---------
// a/deep/er/x.go   dir=false type=----------
// skipping a/skip
// b                dir=true type=d---------
// b/2.txt          dir=false type=----------
// top.md           dir=false type=----------
// err: <nil>
// visited before SkipAll: 3
// called with true lstat DIR/missing: no such file or directory
// lstat DIR/missing: no such file or directory
