package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Goo"))
	fmt.Println(strings.EqualFold("ΣΑΣ", "σας"), strings.EqualFold("σ", "ς"))
	fmt.Println(strings.EqualFold("k", "\u212a"), strings.EqualFold("straße", "STRASSE"))
	fmt.Println(strings.EqualFold("Привет", "пРИВЕТ"), strings.EqualFold("", ""), strings.EqualFold("a", ""))
}

// Output:
// true false
// true true
// true false
// true true false
