package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	var dst bytes.Buffer
	n, err := io.Copy(&dst, strings.NewReader("copy all of this"))
	fmt.Println(n, err, dst.String())
	dst.Reset()
	n, err = io.CopyN(&dst, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, dst.String())
	n, err = io.CopyN(&dst, strings.NewReader("xy"), 5)
	fmt.Println(n, err, dst.String())
	lr := io.LimitReader(onlyReader{strings.NewReader("limited reader text")}, 7)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", b, err)
	n, err = io.Copy(os.Stdout, onlyReader{strings.NewReader("through a plain Reader\n")})
	fmt.Println(n, err)
	n, err = io.CopyBuffer(io.Discard, onlyReader{strings.NewReader(strings.Repeat("x", 1000))}, make([]byte, 7))
	fmt.Println(n, err)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 2}
	p := make([]byte, 10)
	k, _ := l.Read(p)
	fmt.Println(k, l.N)
	k, err = l.Read(p)
	fmt.Println(k, err)
}
// Output:
// 16 <nil> copy all of this
// 4 <nil> 0123
// 2 EOF 0123xy
// "limited" <nil>
// through a plain Reader
// 23 <nil>
// 1000 <nil>
// 2 0
// 0 EOF
