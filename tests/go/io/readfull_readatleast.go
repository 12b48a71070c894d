package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 5)
	fmt.Println(n, err)
	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortWrite, "|", io.ErrClosedPipe, "|", io.ErrNoProgress)
}
// Output:
// 4 <nil> abcd
// 2 unexpected EOF true
// 0 EOF true
// 4 <nil>
// 0 short buffer
// EOF | unexpected EOF | short write | io: read/write on closed pipe | multiple Read calls return no data or error
