// A run whose tests all pass shows only the summary line: what the
// tests logged or printed is not shown (go test without -v).
package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestUpper(t *testing.T) {
	if got := strings.ToUpper("go"); got != "GO" {
		t.Errorf("ToUpper = %q", got)
	}
	t.Log("not shown: the test passed")
}

func TestPrinted(t *testing.T) {
	fmt.Println("not shown either")
}

func TestSub(t *testing.T) {
	for _, s := range []string{"a", "b"} {
		t.Run(s, func(t *testing.T) {
			if len(s) != 1 {
				t.Fatal("bad")
			}
		})
	}
}

// Output (regexp):
// ok  \tcommand-line-arguments\t\d+\.\d+s
