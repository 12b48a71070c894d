// A package that does not compile: the errors, under go's header, on
// stderr; "FAIL ... [build failed]" on stdout; exit status 2 (go test: 1).
package main

import "testing"

func TestBroken(t *testing.T) {
	var n int = "not an int"
	t.Log(n, undefinedName)
}

// Exit: 1
// Stderr:
// ^# command-line-arguments \[command-line-arguments\.test\]$
// build_error_test\.go:8:14: cannot use "not an int" \(untyped string constant\) as int value in variable declaration$
// build_error_test\.go:9:11: undefined: undefinedName$
// Output:
// FAIL	command-line-arguments [build failed]
// FAIL
