// A test that panics: its --- FAIL line and logs (and its parents', up
// to the top-level test), then the panic, re-raised by testing
// ("[recovered, repanicked]"), and the goroutine's trace; the run stops
// there (TestAfter does not run) and exits 2 (go test: 1).
//
// gotest: the trace is minigo's (go_check.py does not compare it)
package main

import "testing"

func TestPanics(t *testing.T) {
	t.Log("before the panic")
	t.Run("sub", func(t *testing.T) {
		var m map[string]int
		m["x"] = 1
	})
}

func TestAfter(t *testing.T) {
	t.Log("not reached")
}

// Exit: 1
// Output (regexp):
// --- FAIL: TestPanics \(\d+\.\d+s\)
//     panic_test\.go:12: before the panic
//     --- FAIL: TestPanics/sub \(\d+\.\d+s\)
// panic: assignment to entry in nil map \[recovered, repanicked\]
//
// goroutine \d+ \[running\]:
// command-line-arguments\.TestPanics\.func1\(\.\.\.\)
// \t.*/tests/gotest/panic_test\.go:15
// testing\.tRunner\(\.\.\.\)
// \t/minigo/src/testing/testing\.go:\d+
// created by testing\.\(\*T\)\.Run in goroutine \d+
// \t/minigo/src/testing/testing\.go:\d+
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
