// waitgroup.go: fan-out and fan-in with sync.WaitGroup.
//
//	minigo run examples/waitgroup.go
//
// Fan-out: main splits a job (counting the primes below 200,000) into
// chunks and starts one goroutine per chunk. Fan-in: the workers send their
// counts into one channel, and a last goroutine closes that channel once the
// WaitGroup says every worker is done, which ends main's range loop.
// The rules: Add before the go statement (so Wait cannot run before the
// counter went up), Done once per Add (defer makes it sure), Wait where
// the results are needed. The second half does the same with wg.Go
// (Go 1.25), which does the Add and the Done itself.
package main

import (
	"fmt"
	"sync"
)

const (
	limit   = 200000
	workers = 8
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// countPrimes counts the primes in [lo, hi).
func countPrimes(lo, hi int) int {
	c := 0
	for n := lo; n < hi; n++ {
		if isPrime(n) {
			c++
		}
	}
	return c
}

func main() {
	counts := make(chan int)
	var wg sync.WaitGroup
	size := limit / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() { // fan-out
			defer wg.Done()
			counts <- countPrimes(w*size, (w+1)*size)
		}()
	}
	go func() {
		wg.Wait()     // all workers have sent their count
		close(counts) // so main's range below ends
	}()
	total := 0
	for c := range counts { // fan-in, in whatever order the workers finish
		total += c
	}
	fmt.Println("primes below", limit, "(channel fan-in):", total)

	// The same with wg.Go and one result slot per worker: no channel, no
	// lock, because no two goroutines write the same element.
	var wg2 sync.WaitGroup
	results := make([]int, workers)
	for w := range workers {
		wg2.Go(func() { results[w] = countPrimes(w*size, (w+1)*size) })
	}
	wg2.Wait() // after Wait, every results[w] is written and visible
	total = 0
	for w, c := range results {
		fmt.Printf("  worker %d: [%6d, %6d) has %5d primes\n", w, w*size, (w+1)*size, c)
		total += c
	}
	fmt.Println("primes below", limit, "(wg.Go, a slot each):", total)
}

// Output:
// primes below 200000 (channel fan-in): 17984
//   worker 0: [     0,  25000) has  2762 primes
//   worker 1: [ 25000,  50000) has  2371 primes
//   worker 2: [ 50000,  75000) has  2260 primes
//   worker 3: [ 75000, 100000) has  2199 primes
//   worker 4: [100000, 125000) has  2142 primes
//   worker 5: [125000, 150000) has  2114 primes
//   worker 6: [150000, 175000) has  2068 primes
//   worker 7: [175000, 200000) has  2068 primes
// primes below 200000 (wg.Go, a slot each): 17984
