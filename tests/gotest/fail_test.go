// Failures: Error and Errorf go on, Fatal and Fatalf stop the test; each
// log line is "file:line: text", indented under the test's --- FAIL line;
// lines after the first of a message are indented once more. What a
// failing test printed to stdout and stderr comes first, in order (go
// test shows a failed run's whole output).
package main

import (
	"fmt"
	"os"
	"testing"
)

func TestErrors(t *testing.T) {
	t.Error("first", 1, true)
	t.Errorf("second %d", 2)
	t.Log("still running")
	t.Logf("two\nlines")
	if !t.Failed() {
		t.Log("Failed should be true")
	}
}

func TestFatal(t *testing.T) {
	fmt.Println("printed to stdout")
	fmt.Fprintln(os.Stderr, "printed to stderr")
	t.Fatalf("stop %s", "here")
	t.Log("never")
}

func TestFatalPlain(t *testing.T) {
	t.Fatal("plain")
}

func TestPasses(t *testing.T) {
	t.Log("a passing test's log is not shown")
}

// Exit: 1
// Output (regexp):
// --- FAIL: TestErrors \(\d+\.\d+s\)
//     fail_test\.go:15: first 1 true
//     fail_test\.go:16: second 2
//     fail_test\.go:17: still running
//     fail_test\.go:18: two
//         lines
// printed to stdout
// printed to stderr
// --- FAIL: TestFatal \(\d+\.\d+s\)
//     fail_test\.go:27: stop here
// --- FAIL: TestFatalPlain \(\d+\.\d+s\)
//     fail_test\.go:32: plain
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
