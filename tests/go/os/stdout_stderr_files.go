package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err := os.Stdout.WriteString("written directly\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes too\n"))
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "through io.Writer %d\n", 42)
	io.WriteString(os.Stdout, "io.WriteString\n")
	os.Stderr.WriteString("to stderr\n")
	fmt.Printf("%T\n", os.Stdout)
}
// Stderr:
// ^to\ stderr$
// Output:
// /dev/stdin /dev/stdout /dev/stderr
// 0 1 2
// written directly
// 17 <nil>
// bytes too
// through io.Writer 42
// io.WriteString
// *os.File
