// -benchtime as a duration: b.N starts at 1, then is predicted from the
// time the last run took (1.2 times what would reach the goal, at most
// 100 times the last): a benchmark of 1 ms per iteration with
// -benchtime 20ms runs with b.N = 1, then about 20 (TestMain checks the
// sequences: timing, so loosely). -count 2 measures it twice.
// GOMAXPROCS=1 leaves the name without a suffix.
package main

import (
	"fmt"
	"os"
	"testing"
	"time"
)

var runs []int

func BenchmarkSleep(b *testing.B) {
	runs = append(runs, b.N)
	for i := 0; i < b.N; i++ {
		time.Sleep(time.Millisecond)
	}
}

func TestNothing(t *testing.T) {}

func TestMain(m *testing.M) {
	code := m.Run()
	// each measurement: 1, then growing (more than before, at most 100
	// times), until a run takes 20ms (how far it grows depends on how
	// long the sleeps really take on a loaded machine: not checked)
	ones, ok := 0, len(runs) > 0 && runs[0] == 1
	for i, n := range runs {
		if n == 1 {
			ones++
		} else if n <= runs[i-1] || n > 100*runs[i-1] {
			ok = false
		}
	}
	ok = ok && ones == 2
	fmt.Println("b.N grew from 1 by the prediction:", ok)
	os.Exit(code)
}

// Flags: -run ^$ -bench . -benchtime 20ms -count 2
// Env: GOMAXPROCS=1
// Output (regexp):
// goos: linux
// goarch: amd64
// cpu: .*
// BenchmarkSleep \t +\d+\t +\d+(\.\d+)? ns/op
// BenchmarkSleep \t +\d+\t +\d+(\.\d+)? ns/op
// PASS
// b.N grew from 1 by the prediction: true
// ok  \tcommand-line-arguments\t\d+\.\d+s
