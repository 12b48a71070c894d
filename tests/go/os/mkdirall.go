package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(dir+"/a/b/c/", 0755))
	info, _ := os.Stat(dir + "/a/b/c")
	fmt.Println(info.IsDir(), info.Mode().Perm())
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	os.WriteFile(dir+"/a/file", nil, 0644)
	err := os.MkdirAll(dir+"/a/file", 0755)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	err = os.MkdirAll(dir+"/a/file/deeper", 0755)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	os.MkdirAll(dir+"/p/q", 0700)
	info, _ = os.Stat(dir + "/p")
	fmt.Println(info.Mode())
}
// Output:
// <nil>
// true -rwxr-xr-x
// <nil>
// mkdir DIR/a/file: not a directory
// mkdir DIR/a/file: not a directory
// drwx------
