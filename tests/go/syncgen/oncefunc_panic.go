package main

import (
	"fmt"
	"sync"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	n := 0
	f := sync.OnceFunc(func() { n++; panic("boom") })
	try(f)
	try(f)
	fmt.Println("ran", n)
	v := sync.OnceValue(func() int { n++; panic(fmt.Sprint("bad ", n)) })
	try(func() { v() })
	try(func() { v() })
	fmt.Println("ran", n)
}

// Output:
// recovered: boom
// recovered: boom
// ran 1
// recovered: bad 2
// recovered: bad 2
// ran 2
