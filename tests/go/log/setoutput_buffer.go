package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "worker ", 0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	safe := &lockedWriter{w: &buf, mu: &mu}
	l.SetOutput(safe)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				l.Printf("%d step %d", id, j)
			}
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(len(lines), l.Writer() == safe)
	for _, line := range lines {
		fmt.Println(line)
	}
}

type lockedWriter struct {
	w  *bytes.Buffer
	mu *sync.Mutex
}

func (lw *lockedWriter) Write(p []byte) (int, error) {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.w.Write(p)
}
// Unordered output:
// 12 true
// worker 3 step 0
// worker 3 step 1
// worker 3 step 2
// worker 0 step 0
// worker 0 step 1
// worker 0 step 2
// worker 1 step 0
// worker 1 step 1
// worker 1 step 2
// worker 2 step 0
// worker 2 step 1
// worker 2 step 2
