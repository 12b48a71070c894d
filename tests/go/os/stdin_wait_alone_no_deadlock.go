package main

// The only goroutine waits on a slow standard input: that is not a
// deadlock (Go counts a goroutine in a system call as running).

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("done:", err)
			return
		}
		fmt.Print("echo: ", line)
	}
}

// Stdin delay: 300
// Stdin: first
// Stdin: second
// Output:
// echo: first
// echo: second
// done: EOF
