package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"/srv/data/report.2024.csv", "archive.tar.gz", "dir/", "noext", "/", "a/.profile"} {
		base := filepath.Base(p)
		ext := filepath.Ext(p)
		stem := strings.TrimSuffix(base, ext)
		fmt.Printf("%-26q base=%-18q stem=%-14q ext=%q dir=%q\n", p, base, stem, ext, filepath.Dir(p))
	}
	fmt.Println(filepath.Join("out", strings.TrimSuffix("photo.jpeg", ".jpeg")+".png"))
	ok, _ := filepath.Match("*.csv", filepath.Base("/srv/data/report.2024.csv"))
	fmt.Println(ok)
}
// Output:
// "/srv/data/report.2024.csv" base="report.2024.csv"  stem="report.2024"  ext=".csv" dir="/srv/data"
// "archive.tar.gz"           base="archive.tar.gz"   stem="archive.tar"  ext=".gz" dir="."
// "dir/"                     base="dir"              stem="dir"          ext="" dir="dir"
// "noext"                    base="noext"            stem="noext"        ext="" dir="."
// "/"                        base="/"                stem="/"            ext="" dir="/"
// "a/.profile"               base=".profile"         stem=""             ext=".profile" dir="a"
// out/photo.png
// true
