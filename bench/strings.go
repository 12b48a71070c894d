// strings.go: string building — a strings.Builder fed with numbers and
// separators, and lines built by += concatenation.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	const n = 2000000

	// One big string through a strings.Builder.
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i * 7))
		sb.WriteByte(',')
	}
	s := sb.String()
	fmt.Println(len(s), s[len(s)-20:])

	// Many short strings by concatenation.
	total := 0
	last := ""
	for i := 0; i < n/10; i++ {
		line := ""
		for j := 0; j < 10; j++ {
			line += "k" + strconv.Itoa(i+j) + "="
		}
		total += len(line)
		last = line
	}
	fmt.Println(total, last)
}
