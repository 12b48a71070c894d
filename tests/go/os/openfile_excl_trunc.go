package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println(err)
	f.WriteString("0123456789")
	f.Close()
	_, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsExist(err))
	f, _ = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	info, _ := f.Stat()
	fmt.Println(info.Size())
	f.Close()
	_, err = os.OpenFile(dir+"/missing", os.O_RDONLY, 0)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	f, err = os.Create(name)
	fmt.Println(err)
	n, err := f.WriteString("héllo")
	fmt.Println(n, err)
	f.Close()
	info, _ = os.Stat(name)
	fmt.Println(info.Size())
}
// Output:
// <nil>
// open DIR/lock: file exists true
// 0
// open DIR/missing: no such file or directory
// <nil>
// 6 <nil>
// 6
