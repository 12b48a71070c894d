package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 100) + "\nshort\n"
	sc := bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token:", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("z", 70000)))
	sc.Buffer(nil, 100000)
	fmt.Println(sc.Scan(), len(sc.Text()), sc.Err())
	fmt.Println(bufio.MaxScanTokenSize)
}
// Output:
// bufio.Scanner: token too long true
// false bufio.Scanner: token too long
// true 70000 <nil>
// 65536
