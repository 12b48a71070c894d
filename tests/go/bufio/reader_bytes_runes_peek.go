package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo, wörld"))
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Printf("%c\n", c)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	ch, _, _ = r.ReadRune()
	fmt.Printf("%c\n", ch)
	n, err := r.Discard(5)
	fmt.Println(n, err)
	rest := make([]byte, 20)
	n, err = r.Read(rest)
	fmt.Printf("%q %v\n", rest[:n], err)
	n, err = r.Read(rest)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	big := bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 100)), 16)
	_, err = big.Peek(17)
	fmt.Println(err)
	p, err = bufio.NewReader(strings.NewReader("ab")).Peek(5)
	fmt.Printf("%q %v\n", p, err)
}
// Output:
// "hé" <nil> 14
// h
// <nil> bufio: invalid use of UnreadByte
// h 1
// é 2
// <nil>
// bufio: invalid use of UnreadRune
// é
// 5 <nil>
// "wörld" <nil>
// 0 EOF
// EOF
// bufio: negative count
// bufio: buffer full
// "ab" EOF
