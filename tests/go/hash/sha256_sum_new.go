package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:]), len(sum))
	fmt.Printf("%x\n", sha256.Sum256(nil))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	h := sha256.New()
	io.Copy(h, strings.NewReader(strings.Repeat("0123456789", 1000)))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	h.Reset()
	h.Write([]byte("abc"))
	first := h.Sum(nil)
	h.Write([]byte("def"))
	fmt.Printf("%x\n%x\n", first, h.Sum([]byte("prefix")))
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)
}
// Output:
// a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447
// a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447 32
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
// 4c207598af7a20db0e3334dd044399a40e467cb81b37f7ba05a4f76dcbd8fd59 32 64
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// 707265666978bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721
// 32 28 64
