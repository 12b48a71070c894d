package main

import (
	"bufio"
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&buf, "row %d\r\n", i)
	}
	buf.WriteString("\n\nlast")
	sc := bufio.NewScanner(&buf)
	var kept [][]byte
	for sc.Scan() {
		kept = append(kept, sc.Bytes())
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(len(kept), buf.Len())
	copied := bufio.NewScanner(bytes.NewReader([]byte("one\ntwo\n")))
	var texts []string
	for copied.Scan() {
		texts = append(texts, copied.Text())
	}
	fmt.Printf("%q\n", texts)
}
// Output:
// "row 1"
// "row 2"
// "row 3"
// ""
// ""
// "last"
// 6 0
// ["one" "two"]
