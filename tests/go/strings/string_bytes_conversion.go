package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(len(b), b)
	b[0] = 'H'
	fmt.Println(string(b), s)
	t := string([]byte{72, 105})
	fmt.Println(t)
	var empty []byte
	fmt.Printf("%q\n", string(empty))
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2))
}

// Output:
// 6 [104 195 169 108 108 111]
// Héllo héllo
// Hi
// ""
// abcdef
