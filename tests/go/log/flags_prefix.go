package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "", 0)
	l.Println("plain", 1, 2)
	l.Print("no newline")
	l.Print("has newline\n")
	l.Printf("%05.2f|%q", 3.14159, "q")
	l.SetPrefix("[svc] ")
	l.Println("with prefix")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix moves next to the message")
	l.SetFlags(log.Lshortfile)
	l.Println("short file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("both")
	l.Print()
	println := l.Println
	println("through a method value")
	os.Stdout.WriteString(l.Prefix() + "|")
	log.New(os.Stdout, "flags=", 0).Println(l.Flags(), log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)
}
// Output:
// plain 1 2
// no newline
// has newline
// 03.14|"q"
// [svc] with prefix
// [svc] prefix moves next to the message
// [svc] flags_prefix.go:19: short file
// flags_prefix.go:21: [svc] both
// flags_prefix.go:22: [svc] 
// flags_prefix.go:24: [svc] through a method value
// [svc] |flags=80 3 1 2 4 8 16 32 64
