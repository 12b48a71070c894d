package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd>?", "hello, 世界"}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%-14q std=%q url=%q rawstd=%q rawurl=%q\n", s,
			base64.StdEncoding.EncodeToString(b), base64.URLEncoding.EncodeToString(b),
			base64.RawStdEncoding.EncodeToString(b), base64.RawURLEncoding.EncodeToString(b))
	}
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16), base64.RawURLEncoding.DecodedLen(14))
	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte("abc"))
	fmt.Println(string(dst), string(base64.StdEncoding.AppendEncode([]byte("x:"), []byte("hi"))))
}
// Output:
// ""             std="" url="" rawstd="" rawurl=""
// "f"            std="Zg==" url="Zg==" rawstd="Zg" rawurl="Zg"
// "fo"           std="Zm8=" url="Zm8=" rawstd="Zm8" rawurl="Zm8"
// "foo"          std="Zm9v" url="Zm9v" rawstd="Zm9v" rawurl="Zm9v"
// "foob"         std="Zm9vYg==" url="Zm9vYg==" rawstd="Zm9vYg" rawurl="Zm9vYg"
// "fooba"        std="Zm9vYmE=" url="Zm9vYmE=" rawstd="Zm9vYmE" rawurl="Zm9vYmE"
// "foobar"       std="Zm9vYmFy" url="Zm9vYmFy" rawstd="Zm9vYmFy" rawurl="Zm9vYmFy"
// "\xff\xfe\xfd>?" std="//79Pj8=" url="__79Pj8=" rawstd="//79Pj8" rawurl="__79Pj8"
// "hello, 世界"    std="aGVsbG8sIOS4lueVjA==" url="aGVsbG8sIOS4lueVjA==" rawstd="aGVsbG8sIOS4lueVjA" rawurl="aGVsbG8sIOS4lueVjA"
// 16 14 12 10
// YWJj x:aGk=
