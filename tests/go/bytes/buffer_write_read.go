package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("wörld"))
	n, _ := b.WriteRune('!')
	fmt.Println(n, b.Len(), b.String())
	p := make([]byte, 3)
	n, err := b.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p, b.String())
	c, _ := b.ReadByte()
	fmt.Printf("%c\n", c)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	r, size, _ := b.ReadRune()
	fmt.Printf("%c %d\n", r, size)
	line, err := b.ReadString('r')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('#')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err, err == io.EOF, b.Len())
	fmt.Printf("%q\n", b.Bytes())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
}
// Output:
// 1 13 hello wörld!
// 3 <nil> "hel" "lo wörld!"
// l
// <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// l 1
// "o wör" <nil>
// "ld!" EOF
// 0 EOF true 0
// ""
// <nil>
