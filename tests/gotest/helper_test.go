// t.Helper: a log line names the first caller that is not a helper, also
// through helpers that call helpers and a helper that calls t.Run.
// Cleanup functions run last added first, after the test, and their
// logs name their own lines. t.Output writes indented lines without a
// call site. A deferred t.Log in a test stopped by FailNow is called
// from runtime.Goexit (panic.go, as Go reports it).
package main

import (
	"fmt"
	"testing"
)

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func checkTwice(t *testing.T, x int) {
	t.Helper()
	check(t, x, 1)
	check(t, x, 2)
}

func TestHelpers(t *testing.T) {
	check(t, 1, 1)
	check(t, 1, 2)
	checkTwice(t, 3)
	t.Run("sub", func(t *testing.T) {
		check(t, 5, 6)
	})
}

func runHelper(t *testing.T, name string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		t.Helper()
		t.Error("reported where runHelper was called")
	})
}

func TestRunHelper(t *testing.T) {
	runHelper(t, "h")
}

func TestCleanup(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Cleanup(func() { t.Logf("cleanup %d", i) })
	}
	t.Error("fail, so that the logs show")
}

func TestOutput(t *testing.T) {
	fmt.Fprintf(t.Output(), "partial ")
	t.Log("a log line ends the partial one")
	fmt.Fprintf(t.Output(), "line one\nline two\n")
	t.Fail()
}

func TestDeferred(t *testing.T) {
	t.Run("goexit", func(t *testing.T) {
		defer t.Log("deferred, run by Goexit")
		t.FailNow()
	})
	t.Run("return", func(t *testing.T) {
		defer t.Log("deferred, run at the return")
		t.Fail()
	})
}

// Exit: 1
// Output (regexp):
// --- FAIL: TestHelpers \(\d+\.\d+s\)
//     helper_test\.go:29: got 1, want 2
//     helper_test\.go:30: got 3, want 1
//     helper_test\.go:30: got 3, want 2
//     --- FAIL: TestHelpers/sub \(\d+\.\d+s\)
//         helper_test\.go:32: got 5, want 6
// --- FAIL: TestRunHelper \(\d+\.\d+s\)
//     --- FAIL: TestRunHelper/h \(\d+\.\d+s\)
//         helper_test\.go:45: reported where runHelper was called
// --- FAIL: TestCleanup \(\d+\.\d+s\)
//     helper_test\.go:52: fail, so that the logs show
//     helper_test\.go:50: cleanup 2
//     helper_test\.go:50: cleanup 1
//     helper_test\.go:50: cleanup 0
// --- FAIL: TestOutput \(\d+\.\d+s\)
//     partial[ ]
//     helper_test\.go:57: a log line ends the partial one
//     line one
//     line two
// --- FAIL: TestDeferred \(\d+\.\d+s\)
//     --- FAIL: TestDeferred/goexit \(\d+\.\d+s\)
//         panic\.go:694: deferred, run by Goexit
//     --- FAIL: TestDeferred/return \(\d+\.\d+s\)
//         helper_test\.go:70: deferred, run at the return
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
