// Package repl is the REPL's own: how the value of an expression typed at
// the prompt is printed (`3 // int`). Not importable by name from user
// code (stdlib_path_named skips the packages under minigo/).
package repl

import "fmt"

func Show(v any, t string, quote bool) {
	if quote {
		fmt.Printf("%q // %s\n", v, t)
	} else {
		fmt.Printf("%v // %s\n", v, t)
	}
}
