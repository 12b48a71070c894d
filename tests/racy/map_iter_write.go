// Goroutines write and delete keys of a map while another iterates it.
package main

import "fmt"

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func(w int) {
			for i := 0; i < 200000; i++ {
				m[i%1000+w] = i
				delete(m, (i+500)%1000)
			}
			done <- true
		}(w)
	}
	go func() {
		s := 0
		for j := 0; j < 2000; j++ {
			for k, v := range m {
				s += k + v
			}
		}
		fmt.Println(s > 0)
		done <- true
	}()
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("no race detected")
}
