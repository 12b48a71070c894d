package main

// Found by tests/difffuzz: a bad verb's value is printed whole, NUL bytes
// included (it went through a C string and stopped at the first NUL).

import "fmt"

func main() {
	fmt.Printf("%q\n", fmt.Sprintf("%d|%x|%5t", "a\x00b", []string{"\x00", "c\x00"}, "\x00z"))
	fmt.Printf("%q\n", fmt.Sprintf("%d", struct{ s string }{"q\x00r"}))
}

// Output:
// "%!d(string=a\x00b)|[00 6300]|%!t(string=   \x00z)"
// "{%!d(string=q\x00r)}"
