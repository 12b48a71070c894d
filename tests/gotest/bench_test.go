// Benchmarks with a fixed b.N (-benchtime 100x): the goos/goarch/cpu
// lines once, then a line per benchmark: its name with -GOMAXPROCS, the
// column padded as Go pads it, b.N and ns/op (B/op and allocs/op after
// ReportAllocs); sub-benchmarks are measured, not their parent; a
// benchmark's logs follow its line (--- BENCH), a failed one prints
// --- FAIL before the header, a skipped one nothing. -run ^$ runs no
// test. GOMAXPROCS=2 makes the name's suffix -2.
package main

import (
	"strings"
	"sync/atomic"
	"testing"
)

var sink string

func BenchmarkRepeat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = strings.Repeat("x", 10)
	}
}

func BenchmarkAllocs(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = strings.Repeat("y", 100)
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 1000} {
		b.Run(strings.Repeat("n", n%7+1), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sink = strings.Repeat("z", n)
			}
		})
	}
}

func BenchmarkLoop(b *testing.B) {
	s := strings.Repeat("w", 50) // setup, before b.Loop: not timed
	for b.Loop() {
		sink = strings.ToUpper(s)
	}
	if b.N != 100 {
		b.Errorf("b.N = %d after the loop", b.N)
	}
}

func BenchmarkParallel(b *testing.B) {
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n.Add(1)
		}
	})
	if n.Load() != int64(b.N) {
		b.Errorf("%d iterations for b.N = %d", n.Load(), b.N)
	}
}

func BenchmarkLogs(b *testing.B) {
	b.Logf("b.N = %d", b.N)
}

func BenchmarkFails(b *testing.B) {
	b.Fatal("broken")
}

func BenchmarkSkips(b *testing.B) {
	b.Skip("skipped")
}

// Flags: -run ^$ -bench . -benchtime 100x
// Env: GOMAXPROCS=2
// Exit: 1
// Output (regexp):
// goos: linux
// goarch: amd64
// cpu: .*
// BenchmarkRepeat-2     \t     100\t +\d+(\.\d+)? ns/op
// BenchmarkAllocs-2     \t     100\t +\d+(\.\d+)? ns/op\t +\d+ B/op\t +\d+ allocs/op
// BenchmarkSizes/nn-2   \t     100\t +\d+(\.\d+)? ns/op
// BenchmarkSizes/nnnnnnn-2         \t     100\t +\d+(\.\d+)? ns/op
// BenchmarkLoop-2                  \t     100\t +\d+(\.\d+)? ns/op
// BenchmarkParallel-2              \t     100\t +\d+(\.\d+)? ns/op
// BenchmarkLogs-2                  \t     100\t +\d+(\.\d+)? ns/op
// --- BENCH: BenchmarkLogs-2
//     bench_test\.go:64: b\.N = 1
//     bench_test\.go:64: b\.N = 100
// --- FAIL: BenchmarkFails
//     bench_test\.go:68: broken
// FAIL
// exit status 1
// FAIL\tcommand-line-arguments\t\d+\.\d+s
// FAIL
