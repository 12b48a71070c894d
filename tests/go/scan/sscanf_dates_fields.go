package main

import "fmt"

func main() {
	var y, m, d int
	n, err := fmt.Sscanf("2024-01-15", "%d-%d-%d", &y, &m, &d)
	fmt.Println(n, err, y, m, d)
	var hh, mm int
	var ampm string
	n, err = fmt.Sscanf("07:45 pm", "%d:%d %s", &hh, &mm, &ampm)
	fmt.Println(n, err, hh, mm, ampm)
	var name string
	var score float64
	for _, line := range []string{"ann 9.5", "bob x", "cy"} {
		n, err = fmt.Sscanf(line, "%s %f", &name, &score)
		fmt.Printf("%q -> %d %v %s %g\n", line, n, err, name, score)
	}
	var a, b, c int
	n, err = fmt.Sscanf("1,2,3", "%d,%d,%d", &a, &b, &c)
	fmt.Println(n, err, a+b+c)
	n, err = fmt.Sscanf("  42", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5 apples", "%d apples", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5 pears", "%d apples", &a)
	fmt.Println(n, err, a)
}
// Output:
// 3 <nil> 2024 1 15
// 3 <nil> 7 45 pm
// "ann 9.5" -> 2 <nil> ann 9.5
// "bob x" -> 1 strconv.ParseFloat: parsing "": invalid syntax bob 9.5
// "cy" -> 1 EOF cy 9.5
// 3 <nil> 6
// 1 <nil> 42
// 1 <nil> 5
// 1 input does not match format 5
