package main

import (
	"fmt"
	"io"
	"strings"
)

// rot13 wraps a reader.
type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

// counter counts what is written to it.
type counter struct{ bytes, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.calls++
	return len(p), nil
}

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) { return u.sb.WriteString(strings.ToUpper(string(p))) }
func (u *upper) WriteString(s string) (int, error) {
	u.sb.WriteString("[ws]")
	return u.sb.WriteString(strings.ToUpper(s))
}

func main() {
	out, _ := io.ReadAll(rot13{strings.NewReader("Hello, Gopher!")})
	fmt.Println(string(out))
	c := &counter{}
	fmt.Fprintf(c, "%d %s", 12345, "abc")
	fmt.Fprintln(c, "x")
	io.Copy(c, strings.NewReader("0123456789"))
	fmt.Println(c.bytes, c.calls)
	u := &upper{}
	io.WriteString(u, "via WriteString")
	fmt.Fprint(u, " via Write")
	fmt.Println(u.sb.String())
	var w io.Writer = c
	_, isSW := w.(io.StringWriter)
	_, isRF := w.(io.ReaderFrom)
	fmt.Println(isSW, isRF)
}
// Output:
// Uryyb, Tbcure!
// 21 3
// [ws]VIA WRITESTRING VIA WRITE
// false false
