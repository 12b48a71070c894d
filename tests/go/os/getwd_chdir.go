package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(start))
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.Mkdir(dir+"/inner", 0755)
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	wd, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(dir)
	fmt.Println(wd == dir || wd == real)
	os.WriteFile("here.txt", []byte("relative"), 0644)
	b, _ := os.ReadFile(dir + "/here.txt")
	fmt.Println(string(b))
	os.Chdir("inner")
	wd, _ = os.Getwd()
	fmt.Println(filepath.Base(wd))
	err = os.Chdir("no-such-dir")
	fmt.Println(err)
	err = os.Chdir(dir + "/here.txt")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	os.Chdir(start)
	wd, _ = os.Getwd()
	fmt.Println(wd == start)
}
// Output:
// <nil> true
// true
// relative
// inner
// chdir no-such-dir: no such file or directory
// chdir DIR/here.txt: not a directory
// true
