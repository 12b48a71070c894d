package main

import "fmt"

// A small tokenizer written as a state machine with goto.
func main() {
	in := "ab12 c3  x"
	i := 0
	var toks []string
	start := 0
space:
	if i == len(in) {
		goto end
	}
	if in[i] == ' ' {
		i++
		goto space
	}
	start = i
word:
	i++
	if i < len(in) && in[i] != ' ' {
		goto word
	}
	toks = append(toks, in[start:i])
	goto space
end:
	fmt.Printf("%q\n", toks)
}

// Output:
// ["ab12" "c3" "x"]
