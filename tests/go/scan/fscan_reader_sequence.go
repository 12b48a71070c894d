package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("3\n10 20 30\nalice 7\nbob 9\n")
	var count int
	fmt.Fscan(r, &count)
	sum := 0
	for i := 0; i < count; i++ {
		var v int
		fmt.Fscan(r, &v)
		sum += v
	}
	fmt.Println("sum:", sum)
	for {
		var name string
		var score int
		n, err := fmt.Fscanln(r, &name, &score)
		if err == io.EOF {
			break
		}
		fmt.Println(n, err, name, score)
	}
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/pts", []byte("1.5 2.5\n-1 4\n"), 0644)
	f, _ := os.Open(dir + "/pts")
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		var x, y float64
		if _, err := fmt.Fscanf(br, "%f %f\n", &x, &y); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(x + y)
	}
}
// Output:
// sum: 60
// 0 unexpected newline  0
// 2 <nil> alice 7
// 2 <nil> bob 9
// 4
// 3
// stop: EOF
