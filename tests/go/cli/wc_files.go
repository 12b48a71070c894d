package main

// wc: lines, words and bytes of each file named on the command line, and
// a total; a file that cannot be read is reported and makes the status 1.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

type counts struct{ lines, words, bytes int }

func count(r io.Reader) (counts, error) {
	var c counts
	br := bufio.NewReader(r)
	inWord := false
	for {
		ch, size, err := br.ReadRune()
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		c.bytes += size
		switch ch {
		case '\n':
			c.lines++
			inWord = false
		case ' ', '\t', '\r', '\v', '\f':
			inWord = false
		default:
			if !inWord {
				c.words++
			}
			inWord = true
		}
	}
}

func main() {
	status := 0
	var total counts
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			status = 1
			continue
		}
		c, err := count(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			status = 1
			continue
		}
		fmt.Printf("%7d %7d %7d %s\n", c.lines, c.words, c.bytes, filepath.Base(name))
		total.lines += c.lines
		total.words += c.words
		total.bytes += c.bytes
	}
	fmt.Printf("%7d %7d %7d total\n", total.lines, total.words, total.bytes)
	os.Exit(status)
}

// Args: {dir}/testdata/words.txt {dir}/testdata/nonl.txt missing.txt
// Exit: 1
// Stderr:
// ^wc:\ open\ missing\.txt:\ no\ such\ file\ or\ directory$
// Output:
//       4      21     108 words.txt
//       0       5      21 nonl.txt
//       4      26     129 total
