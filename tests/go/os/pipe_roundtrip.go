package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "message %d\n", i)
		}
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n, err := r.Read(make([]byte, 4))
	fmt.Println(n, err)
	r.Close()
}
// Output:
// "message 0\nmessage 1\nmessage 2\n" <nil>
// 0 EOF
