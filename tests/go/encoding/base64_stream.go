package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	enc := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	enc.Write([]byte("streamed "))
	enc.Write([]byte("in pieces"))
	enc.Close()
	fmt.Println()
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.RawURLEncoding, &buf)
	io.Copy(w, strings.NewReader(strings.Repeat("z", 50)))
	w.Close()
	fmt.Println(buf.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("c3RyZWFtZWQgaW4gcGllY2Vz"))
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
}
// Output:
// c3RyZWFtZWQgaW4gcGllY2Vz
// enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6eno
// "streamed in pieces" <nil>
