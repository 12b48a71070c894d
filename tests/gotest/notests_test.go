// -run that matches nothing: testing warns that there are no tests to
// run, and the summary line says so.
package main

import "testing"

func TestSomething(t *testing.T) {
	t.Error("must not run")
}

// Flags: -run Nothing
// Output (regexp):
// ok  \tcommand-line-arguments\t\d+\.\d+s \[no tests to run\]
