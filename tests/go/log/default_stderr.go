package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.Println("to standard error")
	log.Default().Printf("default logger %d", 2)
	log.SetPrefix("tool: ")
	log.SetFlags(0)
	log.Print("no timestamp")
	fmt.Println(log.Writer() != nil)
}

// Stderr:
// ^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d to standard error$
// ^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d default logger 2$
// ^tool: no timestamp$
// Output:
// true true
// true
