package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/target", []byte("12345"), 0644)
	fmt.Println(os.Symlink("target", dir+"/link"))
	li, _ := os.Lstat(dir + "/link")
	si, _ := os.Stat(dir + "/link")
	fmt.Println(li.Name(), li.Mode()&os.ModeSymlink != 0, li.Mode().Type() == os.ModeSymlink)
	fmt.Println(si.Name(), si.Size(), si.Mode().IsRegular())
	t, err := os.Readlink(dir + "/link")
	fmt.Println(t, err)
	_, err = os.Readlink(dir + "/target")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	err = os.Symlink("x", dir+"/link")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.Type())
	}
	os.Symlink("nowhere", dir+"/dangling")
	_, err = os.Stat(dir + "/dangling")
	fmt.Println(os.IsNotExist(err))
	_, err = os.Lstat(dir + "/dangling")
	fmt.Println(err)
}
// Output:
// <nil>
// link true true
// link 5 true
// target <nil>
// readlink DIR/target: invalid argument
// symlink x DIR/link: file exists
// link L---------
// target ----------
// true
// <nil>
