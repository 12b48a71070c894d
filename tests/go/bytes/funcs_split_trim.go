package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar\tbaz\n ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q %v\n", bytes.TrimSpace([]byte("  \t pad \n")), bytes.TrimSpace([]byte("   ")) == nil)
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("aabca"), "a"), bytes.TrimRight([]byte("aabca"), "a"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("file.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("mixed Case ß")), bytes.ToLower([]byte("ÀÉÎ")), bytes.ToTitle([]byte("ǆ")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s | %s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, []byte("banxana")))
	fmt.Println(bytes.Runes([]byte("go语")))
	parts := bytes.Split([]byte("ab,cd"), []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]))
}
// Output:
// ["a" "b" "" "c"]
// ["a" "b,c,d"]
// ["a," "b," "c"]
// ["h" "é" "l" "l" "o"]
// ["foo" "bar" "baz"]
// ["a" "b" "c"]
// "x--y--z"
// "pad" true
// "hi" "bca" "aabc"
// "body" "file"
// "abc"
// MIXED CASE ß àéî ǅ
// ababab
// oinky oinky oink | moo moo
// bAnAnA
// [103 111 35821]
// 2 2
