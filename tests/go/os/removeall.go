package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/tree/a/b/c", 0755)
	os.WriteFile(dir+"/tree/a/x.txt", []byte("x"), 0644)
	os.WriteFile(dir+"/tree/a/b/y.txt", []byte("y"), 0644)
	os.WriteFile(dir+"/tree/top", []byte("t"), 0644)
	fmt.Println(os.RemoveAll(dir + "/tree"))
	_, err := os.Stat(dir + "/tree")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll(dir + "/never-was"))
	fmt.Println(os.RemoveAll(""))
	os.WriteFile(dir+"/single", nil, 0644)
	fmt.Println(os.RemoveAll(dir + "/single"))
	fmt.Println(os.RemoveAll("."))
	fmt.Println(os.RemoveAll(dir + "/sub/.."))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
}
// Output:
// <nil>
// true
// <nil>
// <nil>
// <nil>
// RemoveAll .: invalid argument
// <nil>
// 0
