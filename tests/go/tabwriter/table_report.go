package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	count int
	price float64
}

func main() {
	rows := []row{{"apples", 12, 0.5}, {"kiwis", 3, 1.25}, {"watermelons", 1, 4}, {"figs", 140, 0.1}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "ITEM\tCOUNT\tPRICE\tTOTAL")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\n", r.name, r.count, r.price, float64(r.count)*r.price)
	}
	w.Flush()
	fmt.Println()
	rw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	for _, r := range rows {
		fmt.Fprintf(rw, "%s\t%d\t%.2f\t\n", r.name, r.count, r.price)
	}
	rw.Flush()
}
// Output:
// ITEM         COUNT  PRICE  TOTAL
// apples       12     0.50   6.00
// kiwis        3      1.25   3.75
// watermelons  1      4.00   4.00
// figs         140    0.10   14.00
//
//       apples|  12| 0.50|
//        kiwis|   3| 1.25|
//  watermelons|   1| 4.00|
//         figs| 140| 0.10|
