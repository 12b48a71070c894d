package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/f"
	os.WriteFile(name, []byte("abcdefghij"), 0644)
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("n=%d err=%v data=%q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
	n, err := f.Read(buf)
	fmt.Println(n, err)
	n, err = f.Read(nil)
	fmt.Println(n, err)
}
// Output:
// n=4 err=<nil> data="abcd"
// n=4 err=<nil> data="efgh"
// n=2 err=<nil> data="ij"
// n=0 err=EOF data=""
// 0 EOF
// 0 <nil>
