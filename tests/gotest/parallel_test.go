// t.Parallel: a parallel subtest pauses until its parent's function has
// returned (so the serial subtests run first), then continues; parallel
// top-level tests run after the serial top-level ones. TestOrder and
// TestTopParallel check the order the tests recorded.
package main

import (
	"strings"
	"sync"
	"testing"
)

var (
	mu    sync.Mutex
	order []string
)

func record(s string) {
	mu.Lock()
	defer mu.Unlock()
	order = append(order, s)
}

func TestParent(t *testing.T) {
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		record("par")
		t.Log("parallel subtest runs")
	})
	t.Run("serial", func(t *testing.T) {
		record("serial")
	})
	record("parent returns")
}

func TestTopParallel(t *testing.T) {
	t.Parallel()
	record("top parallel")
	mu.Lock()
	defer mu.Unlock()
	if got, want := strings.Join(order, ", "), "serial, parent returns, par, top serial, top parallel"; got != want {
		t.Errorf("order %q, want %q", got, want)
	}
}

func TestTopSerial(t *testing.T) {
	record("top serial")
}

// TestOrder runs before TestTopParallel: the serial tests first.
func TestOrder(t *testing.T) {
	mu.Lock()
	defer mu.Unlock()
	if got, want := strings.Join(order, ", "), "serial, parent returns, par, top serial"; got != want {
		t.Errorf("order %q, want %q", got, want)
	}
}

// Flags: -v
// Output (regexp):
// === RUN   TestParent
// === RUN   TestParent/par
// === PAUSE TestParent/par
// === RUN   TestParent/serial
// === CONT  TestParent/par
//     parallel_test\.go:28: parallel subtest runs
// --- PASS: TestParent \(\d+\.\d+s\)
//     --- PASS: TestParent/serial \(\d+\.\d+s\)
//     --- PASS: TestParent/par \(\d+\.\d+s\)
// === RUN   TestTopParallel
// === PAUSE TestTopParallel
// === RUN   TestTopSerial
// --- PASS: TestTopSerial \(\d+\.\d+s\)
// === RUN   TestOrder
// --- PASS: TestOrder \(\d+\.\d+s\)
// === CONT  TestTopParallel
// --- PASS: TestTopParallel \(\d+\.\d+s\)
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
