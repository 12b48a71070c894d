// One goroutine writes a map with string keys while another reads it.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		for i := 0; i < 1000000; i++ {
			m[fmt.Sprint(i%5000)] = i
		}
		done <- true
	}()
	go func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += m[fmt.Sprint(i%5000)]
		}
		done <- true
	}()
	<-done
	<-done
	fmt.Println("no race detected")
}
