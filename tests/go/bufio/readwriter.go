package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	rw.Flush()
	fmt.Print(out.String())
	var sink bytes.Buffer
	r := bufio.NewReader(strings.NewReader(strings.Repeat("0123456789", 1000)))
	r.ReadByte()
	n, err := io.Copy(&sink, r)
	fmt.Println(n, err, sink.Len())
	w := bufio.NewWriter(&sink)
	n, err = w.ReadFrom(strings.NewReader("tail"))
	fmt.Println(n, err, w.Buffered())
}
// Output:
// got ping
// 9999 <nil> 9999
// 4 <nil> 0
