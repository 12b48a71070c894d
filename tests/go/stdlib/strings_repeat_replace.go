package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Printf("%q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink", "oink", "moo", 0))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.ReplaceAll("héllo", "", "|"))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
}

// Output:
// banana
// "" ""
// oinky oinky oink
// moo moo moo
// oink
// bonono
// |h|é|l|l|o|
// -a-bc
// bb
