// A Test or Benchmark function of the wrong signature is the go
// command's "setup failed" (found before compiling; it reports the first
// only), exit status 2.
package main

import "testing"

func TestGood(t *testing.T) {}

func TestBad(t *testing.B) {}

func BenchmarkBad(b *testing.T) {}

func Testimony(t *testing.B) {} // not a test: a lower-case letter follows Test

// Exit: 1
// Stderr:
// ^# command-line-arguments$
// signature_test\.go:10:1: wrong signature for TestBad, must be: func TestBad\(t \*testing\.T\)$
// Output:
// FAIL	command-line-arguments [setup failed]
// FAIL
