// amdahl.go: Amdahl's law, predicted against measured.
//
//	minigo run examples/amdahl.go          # serial fraction 0.25
//	minigo run examples/amdahl.go 0.5      # the fraction as an argument
//	AMDAHL_MAXPROCS=4 minigo run examples/amdahl.go   # also measure past NumCPU
//
// A job of fixed size has a part that only one goroutine can do (the
// serial fraction s) and a part that splits evenly over p goroutines.
// With p processors its time is s + (1-s)/p of the one-processor time, so
// the speedup is at most 1 / (s + (1-s)/p), and never more than 1/s
// however many processors there are. The program sets GOMAXPROCS to
// 1, 2, ... NumCPU with runtime.GOMAXPROCS, runs the job (best of 5) and
// prints the speedup it measured next to the one the law predicts.
// Measured speedups fall below the prediction when other programs use the
// CPUs, and past NumCPU they stop growing: there are no more CPUs to run on.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

const work = 60000000 // steps in the whole job: about 100 ms in minigo on one P

// spin is the unit of work: n steps of a chain of multiplies, 8 steps per
// trip round the loop (fewer loop jumps: the stress_sched build preempts at
// every one).
func spin(seed, n int) int {
	x := seed
	for i := 0; i < n/8; i++ {
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
		x = x*33 + i
	}
	return x
}

// job does the serial part on one goroutine, then the parallel part split
// over p goroutines, and returns a checksum of everything computed.
func job(serial float64, p int) int {
	sum := spin(1, int(serial*work))
	par := int((1 - serial) * work)
	parts := make([]int, p)
	var wg sync.WaitGroup
	for g := 0; g < p; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[g] = spin(g, par/p) // every goroutine its own share
		}()
	}
	wg.Wait()
	for _, x := range parts {
		sum += x
	}
	return sum
}

var sink int // job's results go here, so no compiler can drop the work

func best(serial float64, p int) time.Duration {
	var min time.Duration
	for try := 0; try < 5; try++ {
		start := time.Now()
		sink += job(serial, p)
		if d := time.Since(start); try == 0 || d < min {
			min = d
		}
	}
	return min
}

func main() {
	serial := 0.25
	if len(os.Args) > 1 {
		f, err := strconv.ParseFloat(os.Args[1], 64)
		if err != nil || f < 0 || f > 1 {
			fmt.Println("usage: amdahl.go [serial fraction between 0 and 1]")
			os.Exit(2)
		}
		serial = f
	}
	maxp := runtime.NumCPU()
	if s := os.Getenv("AMDAHL_MAXPROCS"); s != "" {
		maxp, _ = strconv.Atoi(s)
	}
	fmt.Printf("serial fraction %.2f: speedup limit 1/s = %.2f\n", serial, 1/serial)
	fmt.Println("procs  time       predicted  measured")
	var t1 time.Duration
	for p := 1; p <= maxp; p++ {
		runtime.GOMAXPROCS(p)
		t := best(serial, p)
		if p == 1 {
			t1 = t
		}
		predicted := 1 / (serial + (1-serial)/float64(p))
		fmt.Printf("%5d  %-9s  %9.2f  %8.2f\n", p, t.Round(100*time.Microsecond),
			predicted, float64(t1)/float64(t))
	}
}

// Env: AMDAHL_MAXPROCS=2
// Output (regexp):
// serial fraction 0\.25: speedup limit 1/s = 4\.00
// procs  time       predicted  measured
//     1  \S+ +1\.00 +1\.00
//     2  \S+ +1\.60 +[0-9.]+
