package main

import (
	"encoding/base64"
	"errors"
	"fmt"
)

func main() {
	cases := []struct {
		enc *base64.Encoding
		in  string
	}{
		{base64.StdEncoding, "aGVsbG8="},
		{base64.StdEncoding, "aGVs\nbG8=\r\n"},
		{base64.StdEncoding, "aGVsbG8"},
		{base64.StdEncoding, "aGVsbG8=x"},
		{base64.StdEncoding, "a$Vs"},
		{base64.StdEncoding, "=abc"},
		{base64.StdEncoding, "ab=c"},
		{base64.StdEncoding, "ab="},
		{base64.RawStdEncoding, "aGVsbG8"},
		{base64.RawStdEncoding, "aGVsbG8="},
		{base64.URLEncoding, "-_-_"},
		{base64.StdEncoding, "-_-_"},
		{base64.StdEncoding.Strict(), "aGVsbG9="},
		{base64.StdEncoding, "aGVsbG9="},
		{base64.StdEncoding, "a"},
		{base64.StdEncoding, ""},
	}
	for _, c := range cases {
		b, err := c.enc.DecodeString(c.in)
		var ce base64.CorruptInputError
		fmt.Printf("%-16q %q %v %v\n", c.in, b, err, errors.As(err, &ce))
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	e := custom.EncodeToString([]byte("custom"))
	d, err := custom.DecodeString(e)
	fmt.Println(e, string(d), err)
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		base64.NewEncoding("short")
	}()
}
// Output:
// "aGVsbG8="       "hello" <nil> false
// "aGVs\nbG8=\r\n" "hello" <nil> false
// "aGVsbG8"        "hel" illegal base64 data at input byte 4 true
// "aGVsbG8=x"      "hello" illegal base64 data at input byte 8 true
// "a$Vs"           "" illegal base64 data at input byte 1 true
// "=abc"           "" illegal base64 data at input byte 0 true
// "ab=c"           "" illegal base64 data at input byte 2 true
// "ab="            "" illegal base64 data at input byte 3 true
// "aGVsbG8"        "hello" <nil> false
// "aGVsbG8="       "hel" illegal base64 data at input byte 7 true
// "-_-_"           "\xfb\xff\xbf" <nil> false
// "-_-_"           "" illegal base64 data at input byte 0 true
// "aGVsbG9="       "hel" illegal base64 data at input byte 7 true
// "aGVsbG9="       "hello" <nil> false
// "a"              "" illegal base64 data at input byte 0 true
// ""               "" <nil> false
// B6EawT0g custom <nil>
// panic: encoding alphabet is not 64-bytes long
