package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := 3.1415926535
	for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
		fmt.Println(string(f), strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 3, 64))
	}
	fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 64), strconv.FormatFloat(-0.0, 'f', 2, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'e', 2, 64), strconv.FormatFloat(100, 'g', 2, 64))
}

// Output:
// b 7074237751826244p-51 7074237751826244p-51
// e 3.1415926535e+00 3.142e+00
// E 3.1415926535E+00 3.142E+00
// f 3.1415926535 3.142
// g 3.1415926535 3.14
// G 3.1415926535 3.14
// x 0x1.921fb54411744p+01 0x1.922p+01
// X 0X1.921FB54411744P+01 0X1.922P+01
// 3.1415927 1000000000000000000000 1e+21
// 1.234e-06 0.00 2
// 1.23e+08 1e+02
