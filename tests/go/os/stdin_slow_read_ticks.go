package main

// A goroutine keeps counting while main waits in os.Stdin.Read on a pipe
// that the test feeds slowly (a line every 300 ms), with one P: the read
// must park main, not hold the P, or the counter stands still.

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

func main() {
	var ticks atomic.Int64
	go func() {
		for {
			time.Sleep(5 * time.Millisecond)
			ticks.Add(1)
		}
	}()
	buf := make([]byte, 100)
	long, ok := 0, true
	var got []string
	for {
		before, t0 := ticks.Load(), time.Now()
		n, err := os.Stdin.Read(buf)
		if time.Since(t0) > 100*time.Millisecond {
			long++
			if ticks.Load() == before {
				ok = false
			}
		}
		if err != nil {
			fmt.Println("read:", err)
			break
		}
		got = append(got, strings.TrimSpace(string(buf[:n])))
	}
	fmt.Println(strings.Join(got, ","))
	fmt.Println("waited:", long > 0, "others ran meanwhile:", ok)
}

// Env: GOMAXPROCS=1
// Stdin delay: 300
// Stdin: one
// Stdin: two
// Stdin: three
// Stdin: four
// Output:
// read: EOF
// one,two,three,four
// waited: true others ran meanwhile: true
