package main

// grep -n PATTERN FILE...: matching lines with file and line number; exit
// status 1 when nothing matched, 2 on an error, as grep does.

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	ignoreCase := flag.Bool("i", false, "ignore case")
	count := flag.Bool("c", false, "count matching lines only")
	flag.Parse()
	if flag.NArg() < 2 {
		fmt.Fprintln(os.Stderr, "usage: grep [-i] [-c] PATTERN FILE...")
		os.Exit(2)
	}
	pattern := flag.Arg(0)
	if *ignoreCase {
		pattern = strings.ToLower(pattern)
	}
	matched, failed := false, false
	for _, name := range flag.Args()[1:] {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "grep:", err)
			failed = true
			continue
		}
		sc := bufio.NewScanner(f)
		n, hits := 0, 0
		for sc.Scan() {
			n++
			line := sc.Text()
			hay := line
			if *ignoreCase {
				hay = strings.ToLower(line)
			}
			if strings.Contains(hay, pattern) {
				hits++
				matched = true
				if !*count {
					fmt.Printf("%s:%d:%s\n", filepath.Base(name), n, line)
				}
			}
		}
		f.Close()
		if *count {
			fmt.Printf("%s:%d\n", filepath.Base(name), hits)
		}
	}
	switch {
	case failed:
		os.Exit(2)
	case !matched:
		os.Exit(1)
	}
}

// Args: -i the {dir}/testdata/words.txt {dir}/testdata/nonl.txt
// Output:
// words.txt:1:The quick brown fox jumps over the lazy dog.
// words.txt:2:The dog sleeps; the fox runs!
// words.txt:4:Über naïve café — the end.
// nonl.txt:1:no newline at the end
