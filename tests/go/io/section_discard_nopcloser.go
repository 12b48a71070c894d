package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(src, 4, 6)
	fmt.Println(s.Size())
	b, _ := io.ReadAll(s)
	fmt.Println(string(b))
	pos, _ := s.Seek(2, io.SeekStart)
	buf := make([]byte, 3)
	n, _ := s.Read(buf)
	fmt.Println(pos, n, string(buf))
	n, err := s.ReadAt(buf, 4)
	fmt.Println(n, err, string(buf[:n]))
	_, err = s.Seek(0, 7)
	fmt.Println(err)
	_, err = s.Seek(-1, io.SeekStart)
	fmt.Println(err)
	k, err := io.Discard.Write([]byte("gone"))
	fmt.Println(k, err)
	m, _ := io.Copy(io.Discard, strings.NewReader("also gone"))
	fmt.Println(m)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	var _ io.ReadWriteCloser
	var _ io.ReadSeekCloser
}
// Output:
// 6
// 456789
// 2 3 678
// 2 EOF 89
// Seek: invalid whence
// Seek: invalid offset
// 4 <nil>
// 9
// <nil>
