package main

import (
	"errors"
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
	os.WriteFile(dir+"/old", []byte("content"), 0644)
	fmt.Println(clean(os.Rename(dir+"/old", dir+"/new")))
	_, err := os.Stat(dir + "/old")
	fmt.Println(os.IsNotExist(err))
	b, _ := os.ReadFile(dir + "/new")
	fmt.Println(string(b))
	err = os.Rename(dir+"/missing", dir+"/other")
	fmt.Println(clean(err))
	fmt.Printf("%T %v %v\n", err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println(le.Op, strings.TrimPrefix(le.Old, dir), strings.TrimPrefix(le.New, dir))
	}
	os.Mkdir(dir+"/d", 0755)
	fmt.Println(clean(os.Rename(dir+"/new", dir+"/d")))
	os.WriteFile(dir+"/other", []byte("o"), 0644)
	fmt.Println(clean(os.Rename(dir+"/other", dir+"/new")))
	b, _ = os.ReadFile(dir + "/new")
	fmt.Println(string(b))
}
// Output:
// <nil>
// true
// content
// rename DIR/missing DIR/other: no such file or directory
// *os.LinkError true true
// rename /missing /other
// rename DIR/new DIR/d: file exists
// <nil>
// o
