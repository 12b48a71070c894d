package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/data.bin"
	os.WriteFile(name, make([]byte, 1234), 0640)
	os.Chmod(name, 0640)
	info, err := os.Stat(name)
	if err != nil {
		panic(err)
	}
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular())
	fmt.Println(info.Mode().Perm(), uint32(info.Mode().Perm()))
	age := time.Since(info.ModTime())
	fmt.Println(age >= 0 && age < time.Minute)
	d, _ := os.Stat(dir + "/")
	fmt.Println(d.IsDir(), d.Mode().IsDir(), d.Mode()&os.ModeDir != 0, d.Mode().Type() == os.ModeDir)
	root, _ := os.Stat("/")
	fmt.Println(root.Name(), root.IsDir())
	f, _ := os.Open(name)
	fi, _ := f.Stat()
	f.Close()
	fmt.Println(fi.Name(), fi.Size(), os.SameFile(fi, info), os.SameFile(fi, d))
}

// Output:
// data.bin 1234 -rw-r----- false true
// -rw-r----- 416
// true
// true true true true
// / true
// data.bin 1234 true false
