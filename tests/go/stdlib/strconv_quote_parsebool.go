package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hi \"there\"\n\t世"))
	fmt.Println(strconv.QuoteRune('☺'))
	fmt.Println(strconv.QuoteToASCII("世界"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	for _, in := range []string{"true", "1", "F", "FALSE", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(in, b, err)
	}
	fmt.Println(strconv.FormatBool(true))
}

// Output:
// "hi \"there\"\n\t世"
// '☺'
// "\u4e16\u754c"
// "a\tb" <nil>
// true true <nil>
// 1 true <nil>
// F false <nil>
// FALSE false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
// true
