// A test that calls os.Exit ends the run there with that status; with no
// output the go command says "exit status 3".
package main

import (
	"os"
	"testing"
)

func TestExits(t *testing.T) {
	os.Exit(3)
}

func TestAfter(t *testing.T) {
	t.Error("not reached")
}

// Exit: 1
// Output (regexp):
// exit status 3
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
