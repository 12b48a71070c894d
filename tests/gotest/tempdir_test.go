// t.TempDir: each call makes another directory (001, 002) in one made
// for the test, named after it.
package main

import (
	"strings"
	"testing"
)

func TestTempDir(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if a == b || !strings.HasSuffix(a, "/001") || !strings.HasSuffix(b, "/002") {
		t.Errorf("TempDir gave %q and %q", a, b)
	}
	if !strings.Contains(a, "/TestTempDir") {
		t.Errorf("%q is not named after the test", a)
	}
	t.Run("sub test", func(t *testing.T) {
		if d := t.TempDir(); !strings.Contains(d, "TestTempDirsub_test") {
			t.Errorf("subtest's TempDir %q", d)
		}
	})
}

// Output (regexp):
// ok  \tcommand-line-arguments\t\d+\.\d+s
