// A worker pool (Go by Example): three workers take jobs from a buffered
// channel and put results on another.
package main

import (
	"fmt"
	"sort"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, id, j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	out := make([]int, 0, numJobs)
	workers := map[int]bool{}
	for a := 1; a <= numJobs; a++ {
		r := <-results
		out = append(out, r.value)
		workers[r.worker] = true
	}
	sort.Ints(out)
	fmt.Println(out)
	fmt.Println("workers used: between 1 and 3:", len(workers) >= 1 && len(workers) <= 3)
}

// Output:
// [2 4 6 8 10 12 14 16 18]
// workers used: between 1 and 3: true
