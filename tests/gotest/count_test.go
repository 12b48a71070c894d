// -count 3 runs each test three times (in one process: package state
// carries over); examples run once.
package main

import (
	"fmt"
	"testing"
)

var runs int

func TestCount(t *testing.T) {
	runs++
	t.Logf("run %d", runs)
}

func Example() {
	fmt.Println("once")
	// Output: once
}

// Flags: -v -count 3
// Output (regexp):
// === RUN   TestCount
//     count_test\.go:14: run 1
// --- PASS: TestCount \(\d+\.\d+s\)
// === RUN   TestCount
//     count_test\.go:14: run 2
// --- PASS: TestCount \(\d+\.\d+s\)
// === RUN   TestCount
//     count_test\.go:14: run 3
// --- PASS: TestCount \(\d+\.\d+s\)
// === RUN   Example
// --- PASS: Example \(\d+\.\d+s\)
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
