// scanlines.go: reading a text file line by line with bufio.Scanner,
// counting the lines and their bytes (without the newlines). The file,
// 100 MiB of lines of 0 to 119 characters, is made by bench/run.
package main

// bench: data /tmp/minigo-bench-lines-100m.txt 100
// bench: run 100MiB -- /tmp/minigo-bench-lines-100m.txt

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines, bytes := 0, 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(lines, "lines,", bytes, "bytes")
}
