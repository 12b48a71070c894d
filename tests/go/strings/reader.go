package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo world")
	fmt.Println(r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d %d\n", ch, size, r.Len())
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Printf("%c\n", b)
	fmt.Println(r.UnreadByte())
	buf := make([]byte, 5)
	n, _ := r.ReadAt(buf, 7)
	fmt.Println(n, string(buf[:n]))
	pos, _ := r.Seek(6, io.SeekStart)
	fmt.Println(pos)
	r.WriteTo(os.Stdout)
	fmt.Println()
	n, err := r.Read(buf)
	fmt.Println(n, err)
	r.Reset("again")
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
	_, err = r.Seek(0, 9)
	fmt.Println(err)
	_, err = strings.NewReader("").ReadAt(buf, -1)
	fmt.Println(err)
}
// Output:
// 12 12
// h 1
// é 2 9
// <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// Ã
// <nil>
// 5 world
// 6
//  world
// 0 EOF
// again
// strings.Reader.Seek: invalid whence
// strings.Reader.ReadAt: negative offset
