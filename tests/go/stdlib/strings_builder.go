package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("héllo")
	b.WriteByte(',')
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	b.WriteRune(-1)
	fmt.Println(b.String(), b.Len())
	s := b.String()
	b.WriteString(" more")
	fmt.Println(s, "|", b.String())
	b.Reset()
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
	}
	fmt.Println(b.String())
}

// Output:
// 0 true
// 3 <nil>
// héllo, 世� 14
// héllo, 世� | héllo, 世� more
// 0 true
// ababababab
