package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				fmt.Fprintf(pw, "writer %d line %d\n", id, i)
			}
		}(g)
	}
	go func() {
		wg.Wait()
		pw.CloseWithError(nil)
	}()
	var lines []string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	sort.Strings(lines)
	fmt.Println(len(lines), sc.Err())
	fmt.Println(lines[0], "|", lines[19])
}
// Output:
// 20 <nil>
// writer 0 line 0 | writer 3 line 4
