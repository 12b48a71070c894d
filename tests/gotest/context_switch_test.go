// The course's context-switch benchmark (../shared/acceptance's
// seed_context_switch.go) as a Go benchmark: two goroutines hand a token
// back and forth over an unbuffered channel, b.N times each way; ns/op is
// the cost of one hand-off and the switch it makes.
package main

import (
	"sync"
	"testing"
)

func BenchmarkContextSwitch(b *testing.B) {
	var wg sync.WaitGroup
	begin := make(chan struct{})
	c := make(chan struct{})
	var token struct{}
	sender := func() {
		defer wg.Done()
		<-begin
		for i := 0; i < b.N; i++ {
			c <- token
		}
	}
	receiver := func() {
		defer wg.Done()
		<-begin
		for i := 0; i < b.N; i++ {
			<-c
		}
	}
	wg.Add(2)
	go sender()
	go receiver()
	b.ResetTimer()
	close(begin)
	wg.Wait()
}

// Flags: -run ^$ -bench ContextSwitch -benchtime 100000x
// Env: GOMAXPROCS=2
// Output (regexp):
// goos: linux
// goarch: amd64
// cpu: .*
// BenchmarkContextSwitch-2   \t  100000\t +\d+(\.\d+)? ns/op
// PASS
// ok  \tcommand-line-arguments\t\d+\.\d+s
