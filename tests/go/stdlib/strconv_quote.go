package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界"))
	fmt.Println(strconv.Quote("tab\there\n\"quoted\" \\ \x00 \x7f \xff"))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界 ☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.CanBackquote("simple"), strconv.CanBackquote("has `tick`"), strconv.CanBackquote("line\nbreak"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsPrint('\t'))
}

// Output:
// "Hello, 世界"
// "tab\there\n\"quoted\" \\ \x00 \x7f \xff"
// "Hello, \u4e16\u754c \u263a"
// '☺' '\'' '\n' '\u263a'
// true false false
// true false false
