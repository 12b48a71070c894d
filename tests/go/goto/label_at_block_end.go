package main

import "fmt"

// A label may stand before the closing brace (it labels an empty
// statement): goto next acts as continue here, and goto end returns.
func main() {
	for i := 0; i < 5; i++ {
		if i%2 == 1 {
			goto next
		}
		fmt.Println("even", i)
	next:
	}
	fmt.Println("loop done")
	goto end
	fmt.Println("not printed")
end:
}

// Output:
// even 0
// even 2
// even 4
// loop done
