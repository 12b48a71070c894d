package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c"
	for i, r := range s {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Println(len([]rune(s)))
	fmt.Printf("%q\n", s)
}

// Output:
// 0 97 false
// 1 65533 true
// 2 98 false
// 3 65533 true
// 4 65533 true
// 5 99 false
// 6
// "a\xffb\xe4\xb8c"
