package main

import (
	"bytes"
	"fmt"
)

func main() {
	for l := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("%q;", l)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s;", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" a  b ")) {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
}


// Output:
// "x\n";"y\n";
// 1;2;3;
// [a][b]
