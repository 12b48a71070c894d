package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "hello \"world\"\n")
	fmt.Printf("%q %q %q\n", 'x', '\'', '世')
	fmt.Printf("%+q\n", "世界")
	fmt.Printf("%#q\n", "raw`no")
	fmt.Printf("%#q\n", "raw ok")
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%q\n", "\x00\t\xff")
}

// Output:
// "hello \"world\"\n"
// 'x' '\'' '世'
// "\u4e16\u754c"
// "raw`no"
// `raw ok`
// ["a" "b c"]
// "\x00\t\xff"
