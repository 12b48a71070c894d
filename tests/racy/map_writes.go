// Three goroutines write and delete keys of one map.
package main

import "fmt"

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go func(w int) {
			for i := 0; i < 1000000; i++ {
				m[i*3+w] = i
				if i%3 == 0 {
					delete(m, i)
				}
			}
			done <- true
		}(w)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(len(m))
}
