// A Benchmark function of the wrong signature (the go command's "setup
// failed"); Testimony is not a test (a lower-case letter follows Test),
// so its signature does not matter.
package main

import "testing"

func Testimony(t *testing.B) {}

func BenchmarkBad(b *testing.T) {}

// Exit: 1
// Stderr:
// ^# command-line-arguments$
// signature_bench_test\.go:10:1: wrong signature for BenchmarkBad, must be: func BenchmarkBad\(b \*testing\.B\)$
// Output:
// FAIL	command-line-arguments [setup failed]
// FAIL
