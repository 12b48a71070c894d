package main

import "fmt"

func main() {
	fmt.Println([]byte("abc"), []rune("abc"))
	fmt.Printf("%s %q\n", []byte("abc"), []rune("ab"))
	fmt.Printf("%c\n", []rune("héllo"))
	fmt.Printf("%v %d\n", 'a', 'a')
	fmt.Printf("%U\n", []rune("hi"))
}

// Output:
// [97 98 99] [97 98 99]
// abc ['a' 'b']
// [h é l l o]
// 97 97
// [U+0068 U+0069]
