package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s[0], s[4], string(s[1]))
	fmt.Println(s[1:3], s[:2], s[3:])
	fmt.Println("abc" < "abd", "abc" == "abc", "b" > "abc", "" < "a")
	u := "héllo"
	fmt.Println(len(u), u[1], u[2])
	s += "!"
	fmt.Println(s)
}

// Output:
// hello, world 12
// 104 111 e
// el he lo
// true true true true
// 6 195 169
// hello!
