package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	var f any = os.Stdout
	_, rwc := f.(io.ReadWriteCloser)
	_, s := f.(io.Seeker)
	_, ra := f.(io.ReaderAt)
	_, wa := f.(io.WriterAt)
	_, wt := f.(io.WriterTo)
	_, rf := f.(io.ReaderFrom)
	_, sw := f.(io.StringWriter)
	_, fsf := f.(fs.File)
	_, rdf := f.(fs.ReadDirFile)
	fmt.Println(rwc, s, ra, wa, wt, rf, sw, fsf, rdf)
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	src, _ := os.Create(dir + "/src")
	src.WriteString("copied between files with io.Copy\n")
	src.Seek(0, io.SeekStart)
	dst, _ := os.Create(dir + "/dst")
	n, err := io.Copy(dst, src)
	fmt.Println(n, err)
	src.Close()
	dst.Close()
	b, _ := os.ReadFile(dir + "/dst")
	fmt.Print(string(b))
	g, _ := os.Open(dir + "/dst")
	n, err = g.WriteTo(os.Stdout)
	fmt.Println(n, err)
	g.Close()
}
// Output:
// true true true true true true true true true
// 34 <nil>
// copied between files with io.Copy
// copied between files with io.Copy
// 34 <nil>
