package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first\nsecond\r\n\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q %d\n", n, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err())
	fmt.Println(sc.Scan(), sc.Text() == "")
	sc = bufio.NewScanner(strings.NewReader("trailing\n"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err())
}
// Output:
// 1 "first" 5
// 2 "second" 6
// 3 "" 0
// 4 "last without newline" 20
// err: <nil>
// false true
// "trailing"
// false <nil>
