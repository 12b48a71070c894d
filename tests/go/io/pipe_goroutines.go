package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "record %d\n", i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("read:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())
	n, err := pw.Write([]byte("late"))
	fmt.Println(n, err)

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", data, err)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err)
}
// Output:
// read: record 1
// read: record 2
// read: record 3
// scan err: <nil>
// 0 io: read/write on closed pipe
// "partial" producer failed
// io: read/write on closed pipe
