package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-test-*")
	defer os.RemoveAll(dir)
	f, err := os.OpenFile(dir+"/app.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0644)
	if err != nil {
		panic(err)
	}
	logger := log.New(f, "app ", log.Lmsgprefix)
	logger.Println("started")
	logger.Printf("processed %d items", 3)
	f.Close()
	logger.Println("after close")
	data, _ := os.ReadFile(dir + "/app.log")
	fmt.Print(string(data))
	fmt.Println(strings.Count(string(data), "\n"))
	err = logger.Output(1, "direct")
	fmt.Println(strings.Contains(fmt.Sprint(err), "file already closed"))
}
// Output:
// app started
// app processed 3 items
// 2
// true
