// The _test.go file and its sibling twofile.go are one package: the test
// sees the sibling's functions, types, methods and variables, its init
// has run, and its main does not run. A failure in the sibling's code is
// reported at the test's line.
package main

import "testing"

func TestReverse(t *testing.T) {
	if got := Reverse("héllo"); got != "olléh" {
		t.Errorf("Reverse = %q", got)
	}
}

func TestSibling(t *testing.T) {
	var c counter
	c.inc()
	c.inc()
	if c.n != 2 || greeting != "hi hi " || !initRan {
		t.Errorf("n=%d greeting=%q init=%v", c.n, greeting, initRan)
	}
	t.Logf("%T %q", c, Reverse(greeting))
}

// Flags: -v tests/gotest/twofile.go
// Output (regexp):
// === RUN   TestReverse
// --- PASS: TestReverse \(\d+\.\d+s\)
// === RUN   TestSibling
//     twofile_test\.go:22: main\.counter " ih ih"
// --- PASS: TestSibling \(\d+\.\d+s\)
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
