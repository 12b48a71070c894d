// Subtest names: the parent's name, a slash, the name with white space
// made _ and unprintable runes escaped; a repeated name gets #01, #02, an
// empty one #00. Run returns whether the subtest passed; a failure is
// reported under every level that contains it.
package main

import "testing"

func TestNames(t *testing.T) {
	for _, name := range []string{"a b", "a b", "", "tab\there", "x\x01y", "ünï"} {
		t.Run(name, func(t *testing.T) {
			t.Log(t.Name())
		})
	}
}

func TestNested(t *testing.T) {
	ok := t.Run("level1", func(t *testing.T) {
		t.Run("level2", func(t *testing.T) {
			t.Run("level3", func(t *testing.T) {
				t.Error("deep failure")
			})
			t.Log("level2 goes on")
		})
	})
	t.Logf("Run returned %v", ok)
	ok = t.Run("fine", func(t *testing.T) {})
	t.Logf("Run returned %v", ok)
}

// Exit: 1
// Output (regexp):
// --- FAIL: TestNested \(\d+\.\d+s\)
//     --- FAIL: TestNested/level1 \(\d+\.\d+s\)
//         --- FAIL: TestNested/level1/level2 \(\d+\.\d+s\)
//             --- FAIL: TestNested/level1/level2/level3 \(\d+\.\d+s\)
//                 subtests_test\.go:21: deep failure
//             subtests_test\.go:23: level2 goes on
//     subtests_test\.go:26: Run returned false
//     subtests_test\.go:28: Run returned true
// FAIL
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
