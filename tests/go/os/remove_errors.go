package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "DIR")
	}
	os.WriteFile(dir+"/file", []byte("x"), 0644)
	os.MkdirAll(dir+"/full/inner", 0755)
	os.Mkdir(dir+"/empty", 0755)
	fmt.Println(clean(os.Remove(dir + "/missing")))
	fmt.Println(clean(os.Remove(dir + "/full")))
	fmt.Println(clean(os.Remove(dir + "/file/x")))
	fmt.Println(clean(os.Remove(dir + "/file")))
	fmt.Println(clean(os.Remove(dir + "/empty")))
	_, err := os.Stat(dir + "/empty")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(clean(os.Mkdir(dir+"/full", 0755)))
	fmt.Println(clean(os.Mkdir(dir+"/a/b", 0755)))
}
// Output:
// remove DIR/missing: no such file or directory
// remove DIR/full: directory not empty
// remove DIR/file/x: not a directory
// <nil>
// <nil>
// true
// mkdir DIR/full: file exists
// mkdir DIR/a/b: no such file or directory
