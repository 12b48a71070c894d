package main

import (
	"fmt"
	"strings"
)

func main() {
	for l := range strings.Lines("a\nbb\n\nlast") {
		fmt.Printf("%q\n", l)
	}
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for p := range strings.SplitSeq("héllo", "") {
		fmt.Printf("[%s]", p)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one two\tthree \n") {
		fmt.Printf("<%s>", f)
		if f == "two" {
			break
		}
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()
}

// Output:
// "a\n"
// "bb\n"
// "\n"
// "last"
// [a][b][][c]
// [a,][b,][c]
// [h][é][l][l][o]
// <one><two>
// abc
