package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	return "other"
}

func main() {
	s := "hi yo"
	for i := 0; i < len(s); i++ {
		fmt.Println(s[i:i+1], kind(s[i]))
	}
}

// Output:
// h other
// i vowel
//   space
// y other
// o vowel
