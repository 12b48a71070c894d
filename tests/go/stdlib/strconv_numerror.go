package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("abc")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("99999999999", 10, 32)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Println(err.Error())
	e := &strconv.NumError{Func: "ParseThing", Num: "x\ny", Err: strconv.ErrSyntax}
	fmt.Println(e)
}

// Output:
// Atoi abc invalid syntax
// true false
// true true
// strconv.ParseInt: parsing "99999999999": value out of range
// strconv.ParseThing: parsing "x\ny": invalid syntax
