package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	b := bytes.NewBufferString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String(), b.Len())
	b.Next(2)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	b.WriteString("abc")
	fmt.Printf("%q\n", b.Next(10))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(5)
	}()
	src := bytes.NewBuffer([]byte("from a slice"))
	n, err := src.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(n, err, src.Len())
	var dst bytes.Buffer
	m, err := dst.ReadFrom(strings.NewReader(strings.Repeat("z", 1500)))
	fmt.Println(m, err, dst.Len())
	fmt.Fprintf(&dst, "[%d]", 7)
	fmt.Println(dst.String()[1495:])
}
// Output:
// 0123 4
// 23
// 0 true
// 0 true
// "abc"
// recovered: bytes.Buffer: truncation out of range
// from a slice
// 12 <nil> 0
// 1500 <nil> 1500
// zzzzz[7]
