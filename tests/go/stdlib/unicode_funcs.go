package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é世\t!" {
		fmt.Printf("%q upper=%v lower=%v letter=%v digit=%v space=%v punct=%v\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r),
			unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Q')), unicode.ToUpper('1'))
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'))
}

// Output:
// 'a' upper=false lower=true letter=true digit=false space=false punct=false
// 'Z' upper=true lower=false letter=true digit=false space=false punct=false
// '5' upper=false lower=false letter=false digit=true space=false punct=false
// ' ' upper=false lower=false letter=false digit=false space=true punct=false
// 'é' upper=false lower=true letter=true digit=false space=false punct=false
// '世' upper=false lower=false letter=true digit=false space=false punct=false
// '\t' upper=false lower=false letter=false digit=false space=true punct=false
// '!' upper=false lower=false letter=false digit=false space=false punct=true
// É q 49
// true false
