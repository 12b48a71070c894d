package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	w := hex.NewEncoder(os.Stdout)
	fmt.Fprintf(w, "hi %d", 7)
	fmt.Println()
	r := hex.NewDecoder(strings.NewReader("676f70686572"))
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6g")))
	fmt.Println(err)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("abc")))
	fmt.Println(err)
	fmt.Println(string(hex.AppendEncode([]byte("0x"), []byte{1, 2})))
	d, err := hex.AppendDecode(nil, []byte("ff00"))
	fmt.Println(d, err)
}
// Output:
// 68692037
// "gopher" <nil>
// encoding/hex: invalid byte: U+0067 'g'
// unexpected EOF
// 0x0102
// [255 0] <nil>
