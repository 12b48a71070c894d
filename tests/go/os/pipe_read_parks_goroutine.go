package main

// With one P, main blocks reading an os.Pipe that only another goroutine
// writes to: the read must park main, not hold the P, or the writer never
// runs.

import (
	"fmt"
	"os"
	"time"
)

func main() {
	r, w, _ := os.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(20 * time.Millisecond)
			fmt.Fprintf(w, "chunk %d", i)
		}
		w.Close()
	}()
	buf := make([]byte, 64)
	for {
		n, err := r.Read(buf)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("read %q\n", buf[:n])
	}
}

// Env: GOMAXPROCS=1
// Output:
// read "chunk 1"
// read "chunk 2"
// read "chunk 3"
// end: EOF
