package main

import "fmt"

func main() {
	c := 'a'
	c += 2
	fmt.Println(c, string(c))
	var b byte = 'A'
	b += 25
	fmt.Println(b, string(rune(b)))
	d := '9' - '0'
	fmt.Printf("%d %T\n", d, d)
	s := "abc"
	fmt.Println(s[0]-'a', s[2]-'a')
	upper := s[1] - 32
	fmt.Printf("%c\n", upper)
}

// Output:
// 99 c
// 90 Z
// 9 int32
// 0 2
// B
