// -run: the pattern is split at its top-level slashes, one regexp per
// level of the name (unanchored, as regexp.MatchString); a | at the top
// splits alternatives. TestA matches the first alternative; of TestB's
// subtests, those matching "keep" run (level 2 of the second).
package main

import "testing"

func TestA(t *testing.T) {
	t.Run("any", func(t *testing.T) {})
}

func TestB(t *testing.T) {
	t.Run("keep", func(t *testing.T) {})
	t.Run("drop", func(t *testing.T) { t.Error("must not run") })
	t.Run("keeper", func(t *testing.T) {})
}

func TestC(t *testing.T) {
	t.Error("must not run")
}

func TestAlso(t *testing.T) {
	t.Log("matches ^TestA as well")
}

// Flags: -v -run ^TestA|^TestB$/^keep
// Output (regexp):
// === RUN   TestA
// === RUN   TestA/any
// --- PASS: TestA \(\d+\.\d+s\)
//     --- PASS: TestA/any \(\d+\.\d+s\)
// === RUN   TestB
// === RUN   TestB/keep
// === RUN   TestB/keeper
// --- PASS: TestB \(\d+\.\d+s\)
//     --- PASS: TestB/keep \(\d+\.\d+s\)
//     --- PASS: TestB/keeper \(\d+\.\d+s\)
// === RUN   TestAlso
//     run_test\.go:24: matches \^TestA as well
// --- PASS: TestAlso \(\d+\.\d+s\)
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
