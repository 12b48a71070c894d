package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox\u00a0jumps\u3000over  "))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%d %q\n", len(words), words)
	sc = bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab\x00c"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()
}
// Output:
// 6 ["the" "quick" "brown" "fox" "jumps" "over"]
// "h" "é" "l" "l" "o" "," " " "世" "界" "�" "!" 
// [97] [98] [0] [99] 
