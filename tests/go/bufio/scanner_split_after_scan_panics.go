package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	sc := bufio.NewScanner(strings.NewReader("a\nb"))
	sc.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Buffer(nil, 10)
	}()
	sc.Split(bufio.ScanWords)
}
// Output:
// recovered: Buffer called after Scan
// recovered: Split called after Scan
