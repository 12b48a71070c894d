package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("The quick brown fox, the lazy dog")
	fmt.Println(bytes.Contains(s, []byte("fox")), bytes.Contains(s, []byte("cat")))
	fmt.Println(bytes.Index(s, []byte("the")), bytes.LastIndex(s, []byte("o")), bytes.IndexByte(s, 'q'))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny(s, "xyz"), bytes.LastIndexAny(s, "xyz"))
	fmt.Println(bytes.Count(s, []byte("o")), bytes.Count([]byte("five"), nil))
	fmt.Println(bytes.HasPrefix(s, []byte("The")), bytes.HasSuffix(s, []byte("dog")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsRune(s, 'z'), bytes.ContainsAny(s, "!?"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsPunct), bytes.ContainsFunc(s, unicode.IsDigit))
	before, after, found := bytes.Cut(s, []byte(", "))
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := bytes.CutPrefix(s, []byte("The "))
	fmt.Printf("%q %v\n", rest[:5], ok)
}
// Output:
// true false
// 21 31 4
// 4 18 28
// 3 5
// true true
// true true -1
// true true false
// 19 false
// "The quick brown fox" "the lazy dog" true
// "quick" true
