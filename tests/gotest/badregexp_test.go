// A -run pattern that is not a regexp: testing says which element of it
// is wrong and exits 1, with Go's regexp error.
package main

import "testing"

func TestX(t *testing.T) {}

// Exit: 1
// Flags: -run TestX/a(
// Output (regexp):
// testing: invalid regexp for element 1 of -test\.run \("a\("\): error parsing regexp: missing closing \): `a\(`
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
