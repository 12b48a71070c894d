// TestMain(m *testing.M): the generated main calls it instead of running
// the tests; m.Run runs them and returns the status, which TestMain
// passes to os.Exit (here changed: the run passes, yet the binary exits 3, so go test fails with 1).
package main

import (
	"fmt"
	"os"
	"testing"
)

var setUp bool

func TestMain(m *testing.M) {
	fmt.Println("setup")
	setUp = true
	code := m.Run()
	fmt.Println("teardown, m.Run returned", code)
	os.Exit(code + 3)
}

func TestSetUp(t *testing.T) {
	if !setUp {
		t.Error("TestMain did not run first")
	}
}

// Exit: 1
// Flags: -v
// Output (regexp):
// setup
// === RUN   TestSetUp
// --- PASS: TestSetUp \(\d+\.\d+s\)
// PASS
// teardown, m\.Run returned 0
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
