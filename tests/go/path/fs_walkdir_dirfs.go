package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/docs/img", 0755)
	os.WriteFile(dir+"/docs/a.md", []byte("# A"), 0644)
	os.WriteFile(dir+"/docs/img/p.png", []byte{1, 2, 3}, 0644)
	os.WriteFile(dir+"/go.mod", []byte("module x"), 0644)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(p, d.IsDir())
		return nil
	})
	b, err := fs.ReadFile(fsys, "docs/a.md")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err)
	_, err = fsys.Open("../escape")
	fmt.Println(err)
	info, _ := fs.Stat(fsys, "go.mod")
	fmt.Println(info.Name(), info.Size())
	entries, _ := fs.ReadDir(fsys, "docs")
	for _, e := range entries {
		fmt.Println(fs.FormatDirEntry(e))
	}
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."), fs.ValidPath(""))
}
// Output:
// . true
// docs true
// docs/a.md false
// docs/img true
// docs/img/p.png false
// go.mod false
// "# A" <nil>
// open nope.txt: no such file or directory
// open ../escape: invalid argument
// go.mod 8
// - a.md
// d img/
// true false false true false
