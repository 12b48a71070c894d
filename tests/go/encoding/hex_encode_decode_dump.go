package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello, Gopher!\x00\xff")))
	for _, s := range []string{"48656c6c6f", "DEADbeef", "abc", "zz", "a", "0g", ""} {
		b, err := hex.DecodeString(s)
		var ib hex.InvalidByteError
		fmt.Printf("%q %q %v %v %v\n", s, b, err, errors.Is(err, hex.ErrLength), errors.As(err, &ib))
	}
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\x01\x02")))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("0123456789"))
	d.Write([]byte("abcdefghij"))
	d.Close()
	_, err := d.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(10))
	dst := make([]byte, 4)
	n := hex.Encode(dst, []byte{0xab, 0xcd})
	fmt.Println(n, string(dst))
}
// Output:
// 48656c6c6f2c20476f706865722100ff
// "48656c6c6f" "Hello" <nil> false false
// "DEADbeef" "ޭ\xbe\xef" <nil> false false
// "abc" "\xab" encoding/hex: odd length hex string true false
// "zz" "" encoding/hex: invalid byte: U+007A 'z' false true
// "a" "" encoding/hex: odd length hex string true false
// "0g" "" encoding/hex: invalid byte: U+0067 'g' false true
// "" "" <nil> false false
// 00000000  54 68 65 20 71 75 69 63  6b 20 62 72 6f 77 6e 20  |The quick brown |
// 00000010  66 6f 78 20 6a 75 6d 70  73 20 6f 76 65 72 20 74  |fox jumps over t|
// 00000020  68 65 20 6c 61 7a 79 20  64 6f 67 2e 0a 01 02     |he lazy dog....|
// ""
// 00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|
// 00000010  67 68 69 6a                                       |ghij|
// encoding/hex: dumper closed
// 10 5
// 4 abcd
