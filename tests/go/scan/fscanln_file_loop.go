package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/scores", []byte("alice 90 85\nbob 70 75\n\ncarol x 1\ndave 60 61\n"), 0644)
	f, _ := os.Open(dir + "/scores")
	defer f.Close()
	for i := 0; i < 10; i++ {
		var name string
		var a, b int
		n, err := fmt.Fscanln(f, &name, &a, &b)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		fmt.Printf("%d %v %s %d\n", n, err, name, a+b)
	}
}
// Output:
// 3 <nil> alice 175
// 3 <nil> bob 145
// 0 unexpected newline  0
// 1 expected integer carol 0
// 1 unexpected newline 1 0
// 3 <nil> dave 121
// EOF
