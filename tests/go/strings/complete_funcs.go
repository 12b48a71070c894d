package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "ol"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.IndexFunc("ab1", unicode.IsDigit), strings.LastIndexFunc("1ab1c", unicode.IsDigit))
	fmt.Println(strings.IndexAny("golang", "ln"), strings.LastIndexAny("golang", "gn"), strings.IndexByte("abc", 'c'), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.EqualFold("K", "\u212a"))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", b, a, f)
	s, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("report.csv", ".txt")
	fmt.Println(s, ok)
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3;;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc"))
	fmt.Println(strings.TrimFunc("¡¡Hola!!", unicode.IsPunct), strings.TrimLeftFunc("  x ", unicode.IsSpace)+"|", strings.TrimRightFunc("  x ", unicode.IsSpace)+"|")
	fmt.Println(strings.ToTitle("loud"), strings.Clone("c"), strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
}
// Output:
// false true true
// true 2 3
// 2 5 2 3
// false true true
// "key" "value=x" true
// "novalue" "" false
// 1.2.3 true
// report.csv false
// ["a" "b" "c" "d"]
// ABC
// Hola x |   x|
// LOUD c a?b?c
// -1 1 0
// ["a," "b," "c,d"]
