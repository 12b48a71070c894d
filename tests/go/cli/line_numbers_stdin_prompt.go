package main

// An interactive loop: a prompt, a line read from standard input, an
// answer; the prompt is printed (not buffered away) before each read.

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	sum := 0.0
	for {
		fmt.Print("> ")
		line, err := in.ReadString('\n')
		line = strings.TrimSpace(line)
		if line != "" {
			switch v, perr := strconv.ParseFloat(line, 64); {
			case line == "quit":
				fmt.Println("bye")
				return
			case perr != nil:
				fmt.Printf("not a number: %q\n", line)
			default:
				sum += v
				fmt.Printf("sum = %g\n", sum)
			}
		}
		if err != nil {
			fmt.Println("\nEOF, sum =", sum)
			return
		}
	}
}

// Stdin: 1.5
// Stdin: x
// Stdin:
// Stdin: 40
// Output:
// > sum = 1.5
// > not a number: "x"
// > > sum = 41.5
// > 
// EOF, sum = 41.5
