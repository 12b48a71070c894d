package main

// Word frequencies of standard input, most frequent first.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	freq := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		words++
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(words, "words,", len(keys), "distinct")
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
}

// Stdin: It was the best of times, it was the worst of times,
// Stdin: it was the age of wisdom, it was the age of foolishness...
// Stdin:
// Stdin: THE END.
// Output:
// 26 words, 11 distinct
// the    5
// it     4
// of     4
// was    4
// age    2
