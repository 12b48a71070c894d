package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "ts ", log.LstdFlags)
	l.Println("standard flags")
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Println("micro utc")
	l.SetFlags(log.Ldate)
	l.Println("date only")
	l.SetFlags(log.Ltime | log.Lshortfile)
	l.Println("time and file")
}

// Output (regexp):
// ts \d{4}/\d\d/\d\d \d\d:\d\d:\d\d standard flags
// ts \d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} micro utc
// ts \d{4}/\d\d/\d\d date only
// ts \d\d:\d\d:\d\d timestamp_format\.go:16: time and file
