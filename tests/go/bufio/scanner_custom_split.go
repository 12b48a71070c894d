package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	// comma-separated values, the last one without a comma
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("1,22,,333"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	// a split function that validates: stops with its error
	nums := bufio.NewScanner(strings.NewReader("12 34 5x 6"))
	nums.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			if _, e := strconv.Atoi(string(tok)); e != nil {
				return 0, nil, e
			}
		}
		return adv, tok, err
	})
	for nums.Scan() {
		fmt.Print(nums.Text(), " ")
	}
	fmt.Println()
	fmt.Println(nums.Err())
	// ErrFinalToken stops at a marker
	stop := bufio.NewScanner(strings.NewReader("a b STOP c d"))
	stop.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return 0, []byte("(stopped)"), bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for stop.Scan() {
		fmt.Print(stop.Text(), " ")
	}
	fmt.Println(stop.Err())
}
// Output:
// "1" "22" "" "333" <nil>
// 12 34 
// strconv.Atoi: parsing "5x": invalid syntax
// a b (stopped) <nil>
