package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	f, _ := os.Create(dir + "/ra")
	defer f.Close()
	f.WriteString("0123456789")
	n, err := f.WriteAt([]byte("AB"), 4)
	fmt.Println(n, err)
	b := make([]byte, 4)
	n, err = f.ReadAt(b, 3)
	fmt.Println(n, err, string(b[:n]))
	n, err = f.ReadAt(b, 8)
	fmt.Println(n, err, string(b[:n]))
	_, err = f.ReadAt(b, -1)
	fmt.Println(err != nil)
	pos, _ := f.Seek(0, 1)
	fmt.Println(pos)
	f.WriteAt([]byte("Z"), 12)
	info, _ := f.Stat()
	fmt.Println(info.Size())
	all, _ := os.ReadFile(dir + "/ra")
	fmt.Printf("%q\n", all)
}
// Output:
// 2 <nil>
// 4 <nil> 3AB6
// 2 EOF 89
// true
// 10
// 13
// "0123AB6789\x00\x00Z"
