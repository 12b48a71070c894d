package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("ab")
	}
	out := b.String()
	fmt.Println(len(out), out[:6], strings.Count(out, "ab"))
}

// Output:
// 01234
// 2000 ababab 1000
