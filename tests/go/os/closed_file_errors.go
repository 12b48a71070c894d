package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	clean := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "DIR") }
	f, _ := os.Create(dir + "/c")
	fmt.Println(f.Close())
	_, err := f.Write([]byte("x"))
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(make([]byte, 1))
	fmt.Println(clean(err))
	_, err = f.Seek(0, 0)
	fmt.Println(clean(err))
	_, err = f.Stat()
	fmt.Println(clean(err))
	fmt.Println(clean(f.Close()))
	var nilf *os.File
	_, err = nilf.Read(nil)
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(nilf.Close())
}
// Output:
// <nil>
// write DIR/c: file already closed true
// read DIR/c: file already closed
// seek DIR/c: file already closed
// stat DIR/c: file already closed
// close DIR/c: file already closed
// invalid argument true
// invalid argument
