package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Gopher 123"), strings.ToLower("Gopher 123"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎÕÜ"))
	fmt.Println(strings.ToUpper("привет мир"), strings.ToLower("ΑΒΓΔ ΣΩ"))
	fmt.Println(strings.ToTitle("loud noises"), strings.ToTitle("хлеб"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	s := "ALREADY"
	fmt.Println(strings.ToUpper(s) == s, strings.ToLower("ǅ"), strings.ToUpper("ǆ"))
}

// Output:
// GOPHER 123 gopher 123
// HÉLLO WÖRLD ß àéîõü
// ПРИВЕТ МИР αβγδ σω
// LOUD NOISES ХЛЕБ
// "A�B"
// true ǆ Ǆ
