package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s=%d;", "a", 1)
	io.Copy(&b, strings.NewReader("b=2;"))
	io.WriteString(&b, "c=3")
	fmt.Println(b.String())
	var sink bytes.Buffer
	n, err := io.Copy(&sink, &b)
	fmt.Println(n, err, b.Len(), sink.String())
	part := make([]byte, 4)
	io.ReadFull(&sink, part)
	fmt.Printf("%s|%s\n", part, sink.String())
	rest, _ := io.ReadAll(&sink)
	fmt.Printf("%q %d\n", rest, sink.Len())
	sink.WriteString("via WriteTo\n")
	sink.WriteTo(os.Stdout)
	var rw io.ReadWriter = &sink
	var bs io.ByteScanner = &sink
	var rs io.RuneScanner = &sink
	fmt.Println(rw != nil, bs != nil, rs != nil)
}
// Output:
// a=1;b=2;c=3
// 11 <nil> 0 a=1;b=2;c=3
// a=1;|b=2;c=3
// "b=2;c=3" 0
// via WriteTo
// true true true
