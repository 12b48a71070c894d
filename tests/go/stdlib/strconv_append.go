package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("int:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, " hex:"...)
	b = strconv.AppendInt(b, 255, 16)
	b = append(b, " uint:"...)
	b = strconv.AppendUint(b, 7, 2)
	b = append(b, " float:"...)
	b = strconv.AppendFloat(b, 3.25, 'f', -1, 64)
	b = append(b, " bool:"...)
	b = strconv.AppendBool(b, true)
	b = append(b, " quote:"...)
	b = strconv.AppendQuote(b, "hi\n")
	fmt.Println(string(b))
}

// Output:
// int:-42 hex:ff uint:111 float:3.25 bool:true quote:"hi\n"
