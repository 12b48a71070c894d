package main

import "fmt"

func main() {
	var (
		name  string
		age   int
		h     float64
		hex   int
		word  string
		ch    rune
		q     string
		raw   []byte
		flag  bool
		oct   uint
		bin   int
		width string
	)
	n, err := fmt.Sscanf("name: Ann, age: 31, height: 1.68", "name: %s age: %d, height: %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	n, err = fmt.Sscanf("ff|xyz|Z", "%x|%3s|%c", &hex, &word, &ch)
	fmt.Println(n, err, hex, word, string(ch))
	n, err = fmt.Sscanf(`"quoted \"str\"" 48656c6c6f`, "%q %x", &q, &raw)
	fmt.Println(n, err, q, string(raw))
	n, err = fmt.Sscanf("true 17 101", "%t %o %b", &flag, &oct, &bin)
	fmt.Println(n, err, flag, oct, bin)
	n, err = fmt.Sscanf("abcdefgh", "%5s%s", &width, &word)
	fmt.Println(n, err, width, word)
	n, err = fmt.Sscanf("100%", "%d%%", &age)
	fmt.Println(n, err, age)
	n, err = fmt.Sscanf("12 34", "%d%d", &age, &hex)
	fmt.Println(n, err, age, hex)
	n, err = fmt.Sscanf("U+1F600", "%U", &ch)
	fmt.Println(n, err, string(ch))
	n, err = fmt.Sscanf("`raw string`", "%q", &q)
	fmt.Println(n, err, q)
}
// Output:
// 3 <nil> Ann, 31 1.68
// 3 <nil> 255 xyz Z
// 2 <nil> quoted "str" Hello
// 3 <nil> true 15 5
// 2 <nil> abcde fgh
// 1 <nil> 100
// 2 <nil> 12 34
// 1 <nil> 😀
// 1 <nil> raw string
