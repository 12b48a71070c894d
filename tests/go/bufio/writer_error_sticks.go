package main

import (
	"bufio"
	"errors"
	"fmt"
)

type failing struct{ calls int }

func (f *failing) Write(p []byte) (int, error) {
	f.calls++
	return 2, errors.New("disk full")
}

func main() {
	f := &failing{}
	w := bufio.NewWriterSize(f, 4)
	w.WriteString("abc")
	fmt.Println(w.Flush())
	fmt.Println(w.Buffered())
	_, err := w.WriteString("more")
	fmt.Println(err)
	fmt.Println(w.WriteByte('x'))
	fmt.Println(w.Flush(), f.calls)
	w.Reset(f)
	fmt.Println(w.Buffered(), w.Flush())
}
// Output:
// disk full
// 1
// disk full
// disk full
// disk full 1
// 0 <nil>
