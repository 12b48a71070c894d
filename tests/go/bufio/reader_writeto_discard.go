package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type slow struct{ r io.Reader }

func (s slow) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	return s.r.Read(p)
}

func main() {
	br := bufio.NewReader(slow{strings.NewReader("header: skip me\nbody line 1\nbody line 2\n")})
	n, err := br.Discard(16)
	fmt.Println(n, err)
	var out bytes.Buffer
	m, err := br.WriteTo(&out)
	fmt.Printf("%d %v %q\n", m, err, out.String())
	br.Reset(strings.NewReader("short"))
	n, err = br.Discard(10)
	fmt.Println(n, err)
	big := bufio.NewReaderSize(slow{strings.NewReader(strings.Repeat("y", 40))}, 16)
	p := make([]byte, 32)
	k, _ := big.Read(p)
	fmt.Println(k, big.Buffered())
	fmt.Println(bufio.NewReaderSize(big, 8) == big, bufio.NewReaderSize(big, 64) == big)
	w := bufio.NewWriter(&out)
	fmt.Println(bufio.NewWriterSize(w, 100) == w, w.Available())
}
// Output:
// 16 <nil>
// 24 <nil> "body line 1\nbody line 2\n"
// 5 EOF
// 3 0
// true false
// true 4096
