package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failAfter struct {
	n   int
	got []string
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("writer is full")
	}
	f.n--
	f.got = append(f.got, string(p))
	return len(p), nil
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	w := &failAfter{n: 2}
	n, err := fmt.Fprintf(w, "%d-%s", 1, "a")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(w, point{3, 4}, []point{{1, 2}})
	fmt.Println(n, err)
	n, err = fmt.Fprint(w, "dropped")
	fmt.Println(n, err)
	fmt.Printf("%q\n", w.got)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%5.2f|%-4s|%x", 3.14159, "ab", 255)
	fmt.Println(sb.String())
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %v\n", map[string]int{"b": 2, "a": 1})
	bw.Flush()
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', 0)
	fmt.Fprintf(tw, "%s\t%d\n%s\t%d\n", "long name", 1, "x", 22)
	tw.Flush()
	fmt.Fprintln(os.Stderr, "stderr is an *os.File too")
}

// Stderr:
// ^stderr\ is\ an\ \*os\.File\ too$
// Output:
// 3 <nil>
// 14 <nil>
// 0 writer is full
// ["1-a" "(3,4) [(1,2)]\n"]
//  3.14|ab  |ff
// buffered map[a:1 b:2]
// long name 1
// x         22
