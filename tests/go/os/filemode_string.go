package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []os.FileMode{
		0, 0644, 0755, 0777, 0600, os.ModeDir | 0755, os.ModeSymlink | 0777,
		os.ModeNamedPipe | 0600, os.ModeSocket | 0700, os.ModeDevice | os.ModeCharDevice | 0666,
		os.ModeDevice | 0660, os.ModeSetuid | 0755, os.ModeSetgid | os.ModeSticky | 0775,
		os.ModeAppend | os.ModeExclusive | os.ModeTemporary | 0400, os.ModeIrregular,
		fs.ModeDir,
	}
	for _, m := range modes {
		fmt.Printf("%-14v %v %v %v %011o\n", m, m.IsDir(), m.IsRegular(), m.Perm(), uint32(m.Type()))
	}
	fmt.Printf("%T %d %d\n", os.ModePerm, os.ModePerm, os.ModeType)
	var m fs.FileMode = 0o750 | fs.ModeDir
	fmt.Println(m.String(), fmt.Sprint(m))
}

// Output:
// ----------     false true ---------- 00000000000
// -rw-r--r--     false true -rw-r--r-- 00000000000
// -rwxr-xr-x     false true -rwxr-xr-x 00000000000
// -rwxrwxrwx     false true -rwxrwxrwx 00000000000
// -rw-------     false true -rw------- 00000000000
// drwxr-xr-x     true false -rwxr-xr-x 20000000000
// Lrwxrwxrwx     false false -rwxrwxrwx 01000000000
// prw-------     false false -rw------- 00200000000
// Srwx------     false false -rwx------ 00100000000
// Dcrw-rw-rw-    false false -rw-rw-rw- 00410000000
// Drw-rw----     false false -rw-rw---- 00400000000
// urwxr-xr-x     false true -rwxr-xr-x 00000000000
// gtrwxrwxr-x    false true -rwxrwxr-x 00000000000
// alTr--------   false true -r-------- 00000000000
// ?---------     false false ---------- 00002000000
// d---------     true false ---------- 20000000000
// fs.FileMode 511 2401763328
// drwxr-x--- drwxr-x---
