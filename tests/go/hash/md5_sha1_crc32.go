package main

import (
	"crypto/md5"
	"crypto/sha1"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n%x\n", md5.Sum(data), sha1.Sum(data))
	fmt.Printf("%08x %d\n", crc32.ChecksumIEEE(data), crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	var hashes = []hash.Hash{md5.New(), sha1.New(), crc32.NewIEEE()}
	for _, h := range hashes {
		io.WriteString(h, "incremental ")
		h.Write([]byte("writes"))
		fmt.Printf("%x size=%d block=%d\n", h.Sum(nil), h.Size(), h.BlockSize())
	}
	c := crc32.NewIEEE()
	c.Write([]byte("abc"))
	fmt.Println(c.Sum32(), crc32.Update(0, crc32.IEEETable, []byte("abc")))
	var h32 hash.Hash32 = c
	fmt.Println(h32.Sum32() == crc32.ChecksumIEEE([]byte("abc")))
}
// Output:
// 9e107d9d372bb6826bd81d3542a419d6
// 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
// 414fa339 1095738169
// 22620404
// e021db90
// aaf932ed2df4986358e2349181286400 size=16 block=64
// d18fafc00acc758d03110e289455d1a1daca123e size=20 block=64
// aa956ab8 size=4 block=1
// 891568578 891568578
// true
