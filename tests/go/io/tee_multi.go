package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee'd data"), &log)
	data, _ := io.ReadAll(tee)
	fmt.Println(string(data), "|", log.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two "), strings.NewReader("three"))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	n, err := mr.Read(make([]byte, 1))
	fmt.Println(n, err)
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(mw, "to three writers")
	io.WriteString(mw, "and a string\n")
	fmt.Printf("%q %q\n", a.String(), b.String())
	empty := io.MultiReader()
	n, err = empty.Read(make([]byte, 4))
	fmt.Println(n, err)
}
// Output:
// tee'd data | tee'd data
// "one two three" <nil>
// 0 EOF
// to three writers
// and a string
// "to three writers\nand a string\n" "to three writers\nand a string\n"
// 0 EOF
