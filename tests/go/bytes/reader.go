package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("0123456789"))
	fmt.Println(r.Len(), r.Size())
	b := make([]byte, 4)
	n, _ := r.Read(b)
	fmt.Println(n, string(b), r.Len())
	pos, _ := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos)
	n, err := r.Read(b)
	fmt.Println(n, err, string(b[:n]))
	n, err = r.Read(b)
	fmt.Println(n, err)
	n, err = r.ReadAt(b, 7)
	fmt.Println(n, err, string(b[:n]))
	r.Seek(0, io.SeekStart)
	r.WriteTo(os.Stdout)
	fmt.Println()
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset([]byte("é"))
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d %v\n", ch, size, r.UnreadRune())
}
// Output:
// 10 10
// 4 0123 6
// 8
// 2 <nil> 89
// 0 EOF
// 3 EOF 789
// 0123456789
// bytes.Reader.Seek: negative position
// é 2 <nil>
