package main

// sha256sum of files in a temporary directory, as the tool prints it.

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("alpha\n"), 0644)
	os.WriteFile(filepath.Join(dir, "big.bin"), make([]byte, 100000), 0644)
	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, name := range append(names, filepath.Join(dir, "missing")) {
		f, err := os.Open(name)
		if err != nil {
			fmt.Println("sha256sum:", filepath.Base(name)+":", "No such file or directory")
			continue
		}
		h := sha256.New()
		n, _ := io.Copy(h, f)
		f.Close()
		fmt.Printf("%x  %s (%d bytes)\n", h.Sum(nil), filepath.Base(name), n)
	}
}
// Output:
// b6a98d9ce9a2d9149288fa3df42d377c3e42737afdcdaf714e33c0a100b51060  a.txt (6 bytes)
// 9192c25b734fcbadbe32dadc28089c60db0e39f90cc20ce2e5733f57261acc0c  big.bin (100000 bytes)
// sha256sum: missing: No such file or directory
