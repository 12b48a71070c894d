package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"
)

func main() {
	s, m, c := sha256.New(), md5.New(), crc32.NewIEEE()
	tee := io.TeeReader(strings.NewReader("one pass, three digests and a copy\n"), os.Stdout)
	n, err := io.Copy(io.MultiWriter(s, m, c), tee)
	fmt.Println(n, err)
	fmt.Printf("sha256 %x\nmd5    %x\ncrc32  %08x\n", s.Sum(nil), m.Sum(nil), c.Sum32())
}
// Output:
// one pass, three digests and a copy
// 35 <nil>
// sha256 3420907b7bfcb24ee161368b55912f29d08175b360e960fbe0def81343e1c055
// md5    2155e0054e43d0add20697301280a014
// crc32  e7d63aa5
