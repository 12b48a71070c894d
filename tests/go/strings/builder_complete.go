package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(32)
	fmt.Println(b.Cap() >= 32, b.Len())
	b.WriteString("abc")
	b.WriteByte('-')
	n, _ := b.WriteRune('世')
	m, _ := b.Write([]byte("!"))
	fmt.Println(n, m, b.Len(), b.String())
	fmt.Fprintf(&b, " %05.1f", 3.14159)
	io.WriteString(&b, " io")
	fmt.Println(b.String())
	s := b.String()
	b.Reset()
	b.WriteString("new")
	fmt.Println(s, b.String())
	func() {
		defer func() { fmt.Println(recover()) }()
		b.Grow(-1)
	}()
	var w io.Writer = &b
	var sw io.StringWriter = &b
	var bw io.ByteWriter = &b
	fmt.Println(w != nil, sw != nil, bw != nil)
}
// Output:
// 0 true
// true 0
// 3 1 8 abc-世!
// abc-世! 003.1 io
// abc-世! 003.1 io new
// strings.Builder.Grow: negative count
// true true true
