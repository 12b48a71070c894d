package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("one\r\ntwo\nthree"))
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	small := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijXYZ\nend\n"), 16)
	fmt.Println(small.Size())
	for {
		line, isPrefix, err := small.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}
	b := bufio.NewReader(strings.NewReader("x;y;z"))
	for {
		tok, err := b.ReadBytes(';')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
}
// Output:
// "alpha\n" <nil>
// "beta\r\n" <nil>
// "gamma" EOF
// "one" false <nil>
// "two" false <nil>
// "three" false <nil>
// "" false EOF
// 16
// "0123456789abcdef" prefix=true
// "ghijXYZ" prefix=false
// "end" prefix=false
// EOF
// "x;" <nil>
// "y;" <nil>
// "z" EOF
