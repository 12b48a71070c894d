package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello"`, `"a\tb\n"`, `"\u263a\x41\101"`, "`raw \\n string`", `'x'`, `'\''`, `'ab'`, `"unterminated`, `"bad \q"`, `""`, `"it's"`, `'"'`, `"\'"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%-20s %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(v, mb, tail, err)
}

// Output:
// "hello"              "hello" <nil>
// "a\tb\n"             "a\tb\n" <nil>
// "\u263a\x41\101"     "☺AA" <nil>
// `raw \n string`      "raw \\n string" <nil>
// 'x'                  "x" <nil>
// '\''                 "'" <nil>
// 'ab'                 "" invalid syntax
// "unterminated        "" invalid syntax
// "bad \q"             "" invalid syntax
// ""                   "" <nil>
// "it's"               "it's" <nil>
// '"'                  "\"" <nil>
// "\'"                 "" invalid syntax
// 233 true xyz <nil>
