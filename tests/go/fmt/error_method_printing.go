package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	var err error = MyErr{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%+v\n", err, err, err)
	fmt.Println(MyErr{1})
	fmt.Println(Both{})
	fmt.Printf("%d\n", MyErr{7})
}

// Output:
// code 404
// code 404|code 404|code 404
// code 1
// as error
// {7}
