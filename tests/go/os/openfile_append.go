package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	name := dir + "/log.txt"
	for i := 1; i <= 3; i++ {
		f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(f, "entry %d\n", i)
		f.Close()
	}
	data, _ := os.ReadFile(name)
	fmt.Print(string(data))
	f, _ := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	_, err := f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	f.Close()
}
// Output:
// entry 1
// entry 2
// entry 3
// os: invalid use of WriteAt on file opened with O_APPEND
