package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '!', 'é', 'Σ', 'ж', '世', '٣', '\u2003', '\n', '\t', '€', '½', '\u0301', '_', '\u00a0', 0x10FFFF} {
		fmt.Printf("%U L%v U%v l%v D%v N%v S%v P%v Sy%v M%v Pr%v G%v C%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsMark(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r))
	}
}

// Output:
// U+0061 Ltrue Ufalse ltrue Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+005A Ltrue Utrue lfalse Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0035 Lfalse Ufalse lfalse Dtrue Ntrue Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0020 Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0021 Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Ptrue Syfalse Mfalse Prtrue Gtrue Cfalse
// U+00E9 Ltrue Ufalse ltrue Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+03A3 Ltrue Utrue lfalse Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0436 Ltrue Ufalse ltrue Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+4E16 Ltrue Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0663 Lfalse Ufalse lfalse Dtrue Ntrue Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+2003 Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Syfalse Mfalse Prfalse Gtrue Cfalse
// U+000A Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Syfalse Mfalse Prfalse Gfalse Ctrue
// U+0009 Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Syfalse Mfalse Prfalse Gfalse Ctrue
// U+20AC Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Sytrue Mfalse Prtrue Gtrue Cfalse
// U+00BD Lfalse Ufalse lfalse Dfalse Ntrue Sfalse Pfalse Syfalse Mfalse Prtrue Gtrue Cfalse
// U+0301 Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Syfalse Mtrue Prtrue Gtrue Cfalse
// U+005F Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Ptrue Syfalse Mfalse Prtrue Gtrue Cfalse
// U+00A0 Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Syfalse Mfalse Prfalse Gtrue Cfalse
// U+10FFFF Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Syfalse Mfalse Prfalse Gfalse Cfalse
