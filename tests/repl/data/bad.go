package main

func good() int { return 1 }

func bad() int {
	return "s"
}
