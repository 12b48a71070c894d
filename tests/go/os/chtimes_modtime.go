package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/old.txt"
	os.WriteFile(name, []byte("x"), 0644)
	mtime := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(os.Chtimes(name, mtime, mtime))
	info, _ := os.Stat(name)
	fmt.Println(info.ModTime().UTC(), info.ModTime().Unix(), info.ModTime().Equal(mtime))
	fmt.Println(info.ModTime().UTC().Format("2006-01-02 15:04:05"))
	err := os.Chtimes(dir+"/none", mtime, mtime)
	fmt.Println(err != nil, os.IsNotExist(err))
}
// Output:
// <nil>
// 2009-11-10 23:00:00 +0000 UTC 1257894000 true
// 2009-11-10 23:00:00
// true true
