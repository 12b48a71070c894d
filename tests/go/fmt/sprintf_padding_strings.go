package main

import "fmt"

func main() {
	rows := [][2]string{{"apple", "1.5"}, {"kiwi", "22"}, {"watermelon", "3"}}
	for _, r := range rows {
		fmt.Printf("|%-10s|%6s|\n", r[0], r[1])
	}
	fmt.Printf("|%-10v|%5v|\n", true, nil)
	fmt.Printf("|%8.3f|%-8.3f|\n", 3.14159, 2.0)
	fmt.Printf("|%6.2e|%g|\n", 12345.678, 1e-10)
	fmt.Printf("|%5t|%-5t|\n", true, false)
	fmt.Printf("|%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("|%5q|\n", "a")
}

// Output:
// |apple     |   1.5|
// |kiwi      |    22|
// |watermelon|     3|
// |true      |<nil>|
// |   3.142|2.000   |
// |1.23e+04|1e-10|
// | true|false|
// |  a|b  |
// |  "a"|
