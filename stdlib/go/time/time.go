// Package time: durations, instants and sleeping. The natives are in
// stdlib/time.c.
//
//minigo:natives
package time

// ---- Duration ----

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func durationString_(d int64) string

func (d Duration) String() string { return durationString_(int64(d)) }

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1000 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1000000 }

// Whole units and the remainder are converted apart, so that a Duration
// that is a whole number of units converts exactly.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfBelow reports whether 2*x < y, without overflow (x, y >= 0).
func halfBelow(x, y Duration) bool { return uint64(x)+uint64(x) < uint64(y) }

// Round rounds halfway values away from zero and saturates at the ends
// of the int64 range.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if halfBelow(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if halfBelow(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// parseDuration_: the duration, or kind 1 (invalid), 2 (missing unit),
// 3 (unknown unit, named by unit).
func parseDuration_(s string) (d int64, kind int, unit string)
func quote_(s string) string

func ParseDuration(s string) (Duration, error) {
	d, kind, unit := parseDuration_(s)
	switch kind {
	case 1:
		return 0, &timeError{"time: invalid duration " + quote_(s)}
	case 2:
		return 0, &timeError{"time: missing unit in duration " + quote_(s)}
	case 3:
		return 0, &timeError{"time: unknown unit " + quote_(unit) + " in duration " + quote_(s)}
	}
	return Duration(d), nil
}

type timeError struct{ s string }

func (e *timeError) Error() string { return e.s }

func Sleep(d Duration)

// ---- Month and Weekday ----

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa: Go prints an out-of-range Month or Weekday as unsigned.
func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	s := ""
	for u > 0 {
		s = string(rune('0'+u%10)) + s
		u /= 10
	}
	return s
}

// ---- Location ----

// A Location is UTC, Local (the zone of the C library, asked for each
// instant), or a fixed zone.
type Location struct {
	name   string
	zone   string
	offset int
	local  bool
	fixed  bool // made by FixedZone: its zone name is known to Parse
}

var UTC *Location = &Location{name: "UTC", zone: "UTC"}
var Local *Location = newLocal()

// localZone_: Local's name, and whether Local falls back to UTC, from TZ
// as in Go: unset means /etc/localtime ("Local"); a zone file's name or
// path names itself; empty, "UTC" or a zone Go cannot load means UTC.
func localZone_() (name string, utc bool)

func newLocal() *Location {
	name, utc := localZone_()
	if utc {
		return &Location{name: name, zone: "UTC"}
	}
	return &Location{name: name, local: true}
}

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset, fixed: true}
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func zoneAt_(unix int64) (name string, offset int)

// lookup: the zone's name and offset east of UTC in seconds at the
// instant unix (seconds since 1970 UTC). A nil Location is UTC.
func (l *Location) lookup(unix int64) (string, int) {
	if l == nil {
		return "UTC", 0
	}
	if l.local {
		return zoneAt_(unix)
	}
	return l.zone, l.offset
}

// lookupName: the offset of the zone called name in l around the instant
// unix, preferring one in force at that instant. UTC knows no names.
func (l *Location) lookupName(name string, unix int64) (int, bool) {
	if l == nil || !l.local {
		if l != nil && l.fixed && l.zone == name {
			return l.offset, true
		}
		return 0, false
	}
	// the C library has no list of the zone's abbreviations: try the
	// ones in force at the instant and half a year around it
	probes := []int64{unix, unix - 182*secondsPerDay, unix + 182*secondsPerDay}
	for _, at := range probes {
		if zn, off := zoneAt_(at); zn == name {
			if zn2, off2 := zoneAt_(unix - int64(off)); zn2 == name {
				return off2, true
			}
		}
	}
	for _, at := range probes {
		if zn, off := zoneAt_(at); zn == name {
			return off, true
		}
	}
	return 0, false
}

// offsetFor: the offset to subtract from a wall-clock reading (local, in
// seconds since 1970 as if it were UTC) to get the instant: the offset in
// force at the reading taken as UTC, corrected once, as Go does (so a
// reading skipped by a change of offset moves by the change).
func (l *Location) offsetFor(local int64) int {
	_, off := l.lookup(local)
	_, off = l.lookup(local - int64(off))
	return off
}

// ---- Time ----

// A Time is an instant with nanosecond precision: a wall-clock reading
// (seconds since January 1, year 1, 00:00:00 UTC, and nanoseconds), and,
// for times from Now, a monotonic clock reading (ns since the program
// started) that Sub, Before, After and Equal use when both times have one.
type Time struct {
	sec     int64
	nsec    int64
	mono    int64
	hasMono bool
	loc     *Location
}

const (
	secondsPerDay  = 86400
	unixToInternal = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix = -unixToInternal
)

func now_() (sec int64, nsec int64, mono int64)
func startNano_() int64

var startNano = startNano_()

func Now() Time {
	sec, nsec, mono := now_()
	return Time{sec + unixToInternal, nsec, mono - startNano, true, Local}
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64 { return t.sec + internalToUnix }

func (t Time) UnixNano() int64 { return (t.sec+internalToUnix)*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return (t.sec+internalToUnix)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec+internalToUnix)*1e6 + t.nsec/1e3 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	if t.Before(u) {
		return -1
	}
	if t.After(u) {
		return +1
	}
	return 0
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.mono, t.hasMono = 0, false
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub saturates at the smallest and largest Durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) stripMono() Time {
	t.mono, t.hasMono = 0, false
	return t
}

func timeRem_(sec int64, nsec int64, d int64) int64

// Truncate and Round work on the time since the zero Time, as Go's do;
// both drop the monotonic reading (t.Round(0) is the idiom for that).
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-Duration(timeRem_(t.sec, t.nsec, int64(d))))
}

func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := Duration(timeRem_(t.sec, t.nsec, int64(d)))
	if halfBelow(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// setLoc drops the monotonic reading, as changing the zone does in Go.
func (t Time) setLoc(loc *Location) Time {
	if loc == UTC {
		loc = nil
	}
	t.loc = loc
	return t.stripMono()
}

func (t Time) UTC() Time { return t.setLoc(nil) }

func (t Time) Local() Time { return t.setLoc(Local) }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc)
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Zone() (name string, offset int) { return t.loc.lookup(t.sec + internalToUnix) }

// local: seconds since January 1, year 1, of the wall clock in t's zone.
func (t Time) local() int64 {
	_, off := t.Zone()
	return t.sec + int64(off)
}

func fields_(local int64) (year, month, day, hour, min, sec, wday, yday int)
func daysFrom_(year int64, month int64) int64

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := fields_(t.local())
	return y, Month(m), d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, m, s, _, _ := fields_(t.local())
	return h, m, s
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, wd, _ := fields_(t.local())
	return Weekday(wd)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd := fields_(t.local())
	return yd
}

// norm carries lo's overflow beyond [0, base) into hi.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFrom_(int64(year), int64(m+1)) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec) + internalToUnix
	unix -= int64(loc.offsetFor(unix))
	t := Time{sec: unix + unixToInternal, nsec: int64(nsec)}
	return t.setLoc(loc)
}

// ISOWeek: the ISO 8601 year and week of t; weeks start on Monday, and
// a week belongs to the year its Thursday is in.
func (t Time) ISOWeek() (year, week int) {
	fromMonday := (int(t.Weekday()) + 6) % 7
	thursday := t.AddDate(0, 0, 3-fromMonday)
	return thursday.Year(), (thursday.YearDay()-1)/7 + 1
}

// ---- parsing ----

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote_(e.Value) + " as " + quote_(e.Layout) + ": cannot parse " +
			quote_(e.ValueElem) + " as " + quote_(e.LayoutElem)
	}
	return "parsing time " + quote_(e.Value) + e.Message
}

func parse_(layout, value string) (year, month, day, hour, min, sec, nsec, zoneOffset int, zoneName string, utc bool,
	layoutElem, valueElem, message string, ok bool)

// Parse reads value as laid out by layout; a time without a zone is UTC.
func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, Local) }

// ParseInLocation: a time without a zone is in loc, and zone names and
// offsets are looked up in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	year, month, day, hour, min, sec, nsec, zoneOffset, zoneName, utc, lelem, velem, msg, ok := parse_(layout, value)
	if !ok {
		return Time{}, &ParseError{layout, value, lelem, velem, msg}
	}
	if utc {
		return Date(year, Month(month), day, hour, min, sec, nsec, UTC), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// the local zone, if it had this offset (and name) then
		if name, offset := local.lookup(t.Unix()); offset == zoneOffset && (zoneName == "" || name == zoneName) {
			return t.setLoc(local), nil
		}
		return t.setLoc(FixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if offset, found := local.lookupName(zoneName, t.Unix()); found {
			t.sec -= int64(offset)
			return t.setLoc(local), nil
		}
		// a zone of unknown offset, except GMT+h
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset = gmtHours(zoneName[3:]) * 3600
		}
		return t.setLoc(FixedZone(zoneName, offset)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// gmtHours: the hours of "+h" or "-hh" (already checked by parse_).
func gmtHours(s string) int {
	n := 0
	for _, c := range s[1:] {
		n = n*10 + int(c-'0')
	}
	if s[0] == '-' {
		return -n
	}
	return n
}

// ---- formatting ----

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func format_(layout string, local int64, nsec int64, zone string, offset int) string
func monoString_(mono int64) string

func (t Time) Format(layout string) string {
	name, off := t.Zone()
	return format_(layout, t.sec+int64(off), t.nsec, name, off)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// GoString: %#v of a Time is the call to Date that makes it.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := "time.Date(" + itoa(year) + ", "
	if month >= January && month <= December {
		s += "time." + month.String()
	} else {
		s += itoa(int(month))
	}
	s += ", " + itoa(day) + ", " + itoa(hour) + ", " + itoa(min) + ", " + itoa(sec) + ", " + itoa(t.Nanosecond()) + ", "
	loc := t.Location()
	if loc == UTC || loc == nil {
		s += "time.UTC"
	} else if loc == Local {
		s += "time.Local"
	} else {
		s += "time.Location(" + quote_(loc.name) + ")"
	}
	return s + ")"
}

func itoa(x int) string {
	if x < 0 {
		return "-" + utoa(-uint64(x))
	}
	return utoa(uint64(x))
}

func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		s += monoString_(t.mono)
	}
	return s
}

// ---- timers and tickers ----

// rtimer stands for the run-time timer behind a Timer or Ticker, a C
// struct: Go code only hands the pointer back to the natives.
type rtimer struct{}

// newTimer_ arms a timer to fire d from now, then every period if
// period > 0. A fire sends the current Time on c (dropped if c is full:
// a slow receiver misses ticks) or, when c is nil, runs f in a new
// goroutine. loc is the Location of the Times sent.
func newTimer_(c chan Time, f func(), d int64, period int64, loc *Location) *rtimer

// stopTimer_ disarms r; true if it was waiting to fire. No fire that was
// under way can send after it returns.
func stopTimer_(r *rtimer) bool

// armTimer_ arms r again, to fire d from now and then every period.
func armTimer_(r *rtimer, d int64, period int64)

// drain takes a value a fire sent that nobody received. Go's timer
// channels are synchronous, so Stop and Reset leave no stale value; here
// the channel has room for one value and Stop and Reset empty it.
func drain(c <-chan Time) bool {
	if c == nil {
		return false
	}
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// A Timer sends the time on C once, when it fires (or, made by AfterFunc,
// runs a function in its own goroutine).
type Timer struct {
	C <-chan Time
	r *rtimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: newTimer_(c, nil, int64(d), 0, Local)}
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newTimer_(nil, f, int64(d), 0, nil)}
}

// Stop reports whether it stopped the timer before its value was
// delivered (or, for AfterFunc, before f was started).
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	stopped := stopTimer_(t.r)
	drained := drain(t.C)
	return stopped || drained
}

func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	stopped := stopTimer_(t.r)
	drained := drain(t.C)
	armTimer_(t.r, int64(d), 0)
	return stopped || drained
}

// A Ticker sends the time on C every period; ticks a slow receiver has
// not taken are dropped.
type Ticker struct {
	C <-chan Time
	r *rtimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: newTimer_(c, nil, int64(d), int64(d), Local)}
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// Stop on a Ticker that was never made is a no-op, as in Go.
func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer_(t.r)
	drain(t.C)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer_(t.r)
	drain(t.C)
	armTimer_(t.r, int64(d), int64(d))
}
