package main

import "fmt"

func main() {
	raw := `line1
	line2 \n not escaped`
	fmt.Println(raw)
	fmt.Println(len(`\t`), len("\t"))
	esc := "tab\there \"quoted\" \\ back \x41 \u00e9 \U0001F600"
	fmt.Println(esc)
}

// Output:
// line1
// 	line2 \n not escaped
// 2 1
// tab	here "quoted" \ back A é 😀
