package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/r", []byte("data"), 0644)
	f, _ := os.Open(dir + "/r")
	n, err := f.Write([]byte("more"))
	fmt.Println(n, strings.ReplaceAll(err.Error(), dir, "DIR"))
	f.Close()
	d, _ := os.Open(dir)
	_, err = d.Read(make([]byte, 8))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	d.Close()
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
}
// Output:
// 0 write DIR/r: bad file descriptor
// read DIR: is a directory
// open DIR: is a directory
