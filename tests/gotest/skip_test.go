// Skip, Skipf and SkipNow end a test as skipped (--- SKIP under -v, with
// the reason logged); a test that failed before it skipped stays failed.
package main

import "testing"

func TestSkips(t *testing.T) {
	t.Run("skip", func(t *testing.T) {
		t.Skip("reason", 1)
		t.Error("not reached")
	})
	t.Run("skipf", func(t *testing.T) { t.Skipf("skip %d", 2) })
	t.Run("skipnow", func(t *testing.T) { t.SkipNow() })
	t.Run("failed first", func(t *testing.T) {
		t.Error("e")
		t.Skip("s")
	})
	t.Run("skipped", func(t *testing.T) {
		t.Log("Skipped before:", t.Skipped())
		defer func() { t.Log("Skipped after:", t.Skipped()) }()
		t.SkipNow()
	})
}

// Flags: -v
// Exit: 1
// Output (regexp):
// === RUN   TestSkips
// === RUN   TestSkips/skip
//     skip_test\.go:9: reason 1
// === RUN   TestSkips/skipf
//     skip_test\.go:12: skip 2
// === RUN   TestSkips/skipnow
// === RUN   TestSkips/failed_first
//     skip_test\.go:15: e
//     skip_test\.go:16: s
// === RUN   TestSkips/skipped
//     skip_test\.go:19: Skipped before: false
//     skip_test\.go:20: Skipped after: true
// --- FAIL: TestSkips \(\d+\.\d+s\)
//     --- SKIP: TestSkips/skip \(\d+\.\d+s\)
//     --- SKIP: TestSkips/skipf \(\d+\.\d+s\)
//     --- SKIP: TestSkips/skipnow \(\d+\.\d+s\)
//     --- FAIL: TestSkips/failed_first \(\d+\.\d+s\)
//     --- SKIP: TestSkips/skipped \(\d+\.\d+s\)
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
