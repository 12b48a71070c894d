package main

import (
	"fmt"
	"unicode"
)

func count(s string, pred func(rune) bool) int {
	n := 0
	for _, r := range s {
		if pred(r) {
			n++
		}
	}
	return n
}

func main() {
	s := "Hello, Wörld 42!"
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsUpper, unicode.IsDigit, unicode.IsSpace, unicode.IsPunct}
	for _, p := range preds {
		fmt.Print(count(s, p), " ")
	}
	fmt.Println()
	up := unicode.ToUpper
	fmt.Println(string(up('ö')))
}

// Output:
// 10 2 2 2 2 
// Ö
