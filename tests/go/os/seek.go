package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	f, _ := os.Create(dir + "/s")
	defer f.Close()
	f.WriteString("hello, world")
	pos, err := f.Seek(0, io.SeekStart)
	fmt.Println(pos, err)
	b := make([]byte, 5)
	f.Read(b)
	fmt.Printf("%s\n", b)
	pos, _ = f.Seek(2, io.SeekCurrent)
	fmt.Println(pos)
	f.Read(b)
	fmt.Printf("%s\n", b)
	pos, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println(pos)
	n, _ := f.Read(b)
	fmt.Printf("%s\n", b[:n])
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err != nil)
	pos, _ = f.Seek(0, os.SEEK_END)
	fmt.Println(pos)
}
// Output:
// 0 <nil>
// hello
// 7
// world
// 9
// rld
// true
// 12
