// -run that matches nothing, under -v: the warning and PASS show.
package main

import "testing"

func TestSomething(t *testing.T) {
	t.Error("must not run")
}

// Flags: -v -run Nothing
// Output (regexp):
// testing: warning: no tests to run
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s \[no tests to run\]
