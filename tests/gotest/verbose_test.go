// -v: a === RUN line when a test starts, its log lines as they come,
// and a --- PASS, --- FAIL or --- SKIP line when it ends (subtests' under
// their parent's); output of the parent after a subtest says whose it is
// (=== NAME).
package main

import "testing"

func TestOne(t *testing.T) {
	t.Log("one")
}

func TestTwo(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		t.Log("in inner")
	})
	t.Log("back in TestTwo")
	t.Error("two fails")
}

func TestSkipped(t *testing.T) {
	t.Skip("not today")
}

// Flags: -v
// Exit: 1
// Output (regexp):
// === RUN   TestOne
//     verbose_test\.go:10: one
// --- PASS: TestOne \(\d+\.\d+s\)
// === RUN   TestTwo
// === RUN   TestTwo/inner
//     verbose_test\.go:15: in inner
// === NAME  TestTwo
//     verbose_test\.go:17: back in TestTwo
//     verbose_test\.go:18: two fails
// --- FAIL: TestTwo \(\d+\.\d+s\)
//     --- PASS: TestTwo/inner \(\d+\.\d+s\)
// === RUN   TestSkipped
//     verbose_test\.go:22: not today
// --- SKIP: TestSkipped \(\d+\.\d+s\)
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
