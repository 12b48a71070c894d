package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", "/", "a", "a/", "/a/b.tar.gz", "dir/file.go", "noext", ".bashrc", "a.b/c", "x/y/", "//z//"} {
		d, f := path.Split(p)
		fmt.Printf("%q: base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
	}
	fmt.Println(filepath.Base("/usr/lib/"), filepath.Dir("/usr/lib/x"), filepath.Ext("v.1.2"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt"), len(filepath.SplitList("")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("c/d"), filepath.VolumeName("/x"), string(filepath.Separator))
}
// Output:
// "": base="." dir="." ext="" split="","" abs=false
// "/": base="/" dir="/" ext="" split="/","" abs=true
// "a": base="a" dir="." ext="" split="","a" abs=false
// "a/": base="a" dir="a" ext="" split="a/","" abs=false
// "/a/b.tar.gz": base="b.tar.gz" dir="/a" ext=".gz" split="/a/","b.tar.gz" abs=true
// "dir/file.go": base="file.go" dir="dir" ext=".go" split="dir/","file.go" abs=false
// "noext": base="noext" dir="." ext="" split="","noext" abs=false
// ".bashrc": base=".bashrc" dir="." ext=".bashrc" split="",".bashrc" abs=false
// "a.b/c": base="c" dir="a.b" ext="" split="a.b/","c" abs=false
// "x/y/": base="y" dir="x/y" ext="" split="x/y/","" abs=false
// "//z//": base="z" dir="/z" ext="" split="//z//","" abs=true
// lib /usr/lib .2
// [/bin /usr/bin  /opt] 0
// a/b c/d  /
