package main

// bufio.Scanner over os.Stdin, fed a line every 250 ms, with one P: a
// goroutine printing ticks keeps running while Scan waits.

import (
	"bufio"
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

func main() {
	var ticks atomic.Int64
	done := make(chan bool)
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				ticks.Add(1)
			case <-done:
				return
			}
		}
	}()
	sc := bufio.NewScanner(os.Stdin)
	waits, ran := 0, 0
	for {
		before, t0 := ticks.Load(), time.Now()
		ok := sc.Scan()
		if time.Since(t0) > 100*time.Millisecond {
			waits++
			if ticks.Load() > before {
				ran++
			}
		}
		if !ok {
			break
		}
		fmt.Println("line:", sc.Text())
	}
	close(done)
	fmt.Println("err:", sc.Err())
	fmt.Println("some reads waited:", waits > 0, "the ticker ran during each:", ran == waits)
}

// Env: GOMAXPROCS=1
// Stdin delay: 250
// Stdin: alpha
// Stdin: beta
// Stdin: gamma
// Output:
// line: alpha
// line: beta
// line: gamma
// err: <nil>
// some reads waited: true the ticker ran during each: true
