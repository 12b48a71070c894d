package main

// os.Pipe between two goroutines with one P: main scans lines from the
// read end while a goroutine writes them slowly; the writer closing its
// end ends the scan.

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	go func() {
		bw := bufio.NewWriter(w)
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(bw, "event %d\n", i)
			bw.Flush()
			time.Sleep(15 * time.Millisecond)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println("scan ended:", sc.Err())
	r.Close()
}

// Env: GOMAXPROCS=1
// Output:
// got event 1
// got event 2
// got event 3
// got event 4
// scan ended: <nil>
