// Goroutines race on a map with struct keys and array values: inserts that
// grow it, deletes, clear, lookups and printing with fmt.
package main

import "fmt"

type K struct {
	a int
	s string
}

func main() {
	m := map[K][4]int{}
	done := make(chan bool)
	go func() {
		for i := 0; i < 300000; i++ {
			m[K{i % 777, "k"}] = [4]int{i, i, i, i}
			if i%5000 == 0 {
				clear(m)
			}
		}
		done <- true
	}()
	go func() {
		for i := 0; i < 300000; i++ {
			delete(m, K{i % 777, "k"})
			if v, ok := m[K{i % 500, "k"}]; ok && v[3] < 0 {
				fmt.Println("impossible")
			}
		}
		done <- true
	}()
	go func() {
		for i := 0; i < 200; i++ {
			_ = fmt.Sprint(m)
		}
		done <- true
	}()
	<-done
	<-done
	<-done
	fmt.Println("no race detected")
}
