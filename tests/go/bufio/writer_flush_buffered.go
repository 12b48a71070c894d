package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	n, _ := w.WriteRune('€')
	fmt.Println(n, w.Buffered(), w.Available(), sb.Len())
	w.WriteString("overflowing the buffer")
	fmt.Println(w.Buffered(), sb.Len())
	fmt.Println(w.Flush(), w.Buffered(), sb.Len())
	fmt.Println(sb.String())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(out, "line %d\n", i)
	}
	fmt.Println("printed before the buffered lines")
}
// Output:
// 8 8 0
// 3 7 1 0
// 0 29
// <nil> 0 29
// abcd€overflowing the buffer
// printed before the buffered lines
// line 0
// line 1
// line 2
