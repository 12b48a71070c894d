package main

import "fmt"

func main() {
	var r rune = 65
	fmt.Println(string(r), string(rune(0x4e16)), string('x'))
	fmt.Printf("%q\n", string(rune(-1)))
	fmt.Printf("%q\n", string(rune(0x10FFFF+1)))
	b := byte('z')
	fmt.Println(string(rune(b)))
	s := ""
	for c := 'a'; c <= 'e'; c++ {
		s += string(c)
	}
	fmt.Println(s)
}

// Output:
// A 世 x
// "�"
// "�"
// z
// abcde
