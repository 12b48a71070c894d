/* time.c — package time.
 *
 * Durations, instants and sleeping. A Duration is an int64 of
 * nanoseconds whose String is Go's ("1.5µs", "2m30s", "-1h0m0s"). A Time
 * holds a wall-clock reading (seconds since January 1, year 1 UTC, and
 * nanoseconds) and, when it comes from Now, a monotonic reading (ns since
 * the program started), so that Since and Sub measure elapsed time even
 * when the wall clock is set: comparisons and Sub use the monotonic
 * readings when both times have one, as Go's do.
 *
 * Most of the package is Go source; natives read the clocks, format and
 * parse durations, convert between day numbers and dates, format layouts
 * and look up the C library's local zone. Sleep parks the goroutine on a
 * scheduler timer (sched_sleep): the thread goes on running others.
 * Timer, Ticker, After, Tick and AfterFunc are scheduler timers too, whose
 * fires send on a channel without blocking (chan_try_send) or start a
 * goroutine; Stop and Reset leave no stale value in the channel, as Go
 * 1.23's synchronous timer channels do.
 *
 * Glossary:
 *   wall    seconds since 0001-01-01 00:00:00 UTC (Time.sec) + Time.nsec
 *   local   wall seconds with the zone's offset added: what a clock shows
 *   mono    ns of CLOCK_MONOTONIC since the program started (Time.mono)
 */
#include <gc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "chan.h"
#include "natives.h"
#include "scheduler.h"

/* ---- clocks and sleeping ---- */

/* func now_() (sec, nsec, mono int64): the wall clock (since 1970) and
 * the monotonic clock, read back to back. */
static NatStatus time_now_(G *g, Value *a) {
    (void)g;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    a[2].i = sched_nanotime();
    a[0].i = ts.tv_sec;
    a[1].i = ts.tv_nsec;
    return NAT_OK;
}

/* Where monotonic readings count from: just before the first one. Times
 * that timers send on their channels count from the same origin. */
static _Atomic int64_t start_nano;   /* 0: not read yet */

static int64_t process_start(void) {
    int64_t s = atomic_load(&start_nano);
    if (s == 0) {
        int64_t mine = sched_nanotime() - 1;
        s = atomic_compare_exchange_strong(&start_nano, &s, mine) ? mine : s;
    }
    return s;
}

/* func startNano_() int64 */
static NatStatus time_startNano_(G *g, Value *a) {
    (void)g;
    a[0].i = process_start();
    return NAT_OK;
}

/* func Sleep(d Duration): parks the goroutine, never the thread. */
static NatStatus time_Sleep(G *g, Value *a) {
    return sched_sleep(g, a[0].i);
}

/* ---- Duration ---- */

/* Appends the decimal digits of v. */
static void put_uint(Buf *b, uint64_t v) {
    char tmp[20];
    int n = 0;
    do tmp[n++] = (char)('0' + v % 10); while ((v /= 10) != 0);
    while (n > 0) buf_putc(b, tmp[--n]);
}

/* Appends v as exactly width digits, zero-padded (v < 10^width). */
static void put_fixed(Buf *b, uint64_t v, int width) {
    char tmp[20];
    for (int i = width - 1; i >= 0; i--) {
        tmp[i] = (char)('0' + v % 10);
        v /= 10;
    }
    buf_write(b, tmp, (size_t)width);
}

/* Appends "." and the width-digit fraction frac without its trailing
 * zeros, or nothing when frac is 0. */
static void put_frac(Buf *b, uint64_t frac, int width) {
    if (frac == 0) return;
    while (frac % 10 == 0) {
        frac /= 10;
        width--;
    }
    buf_putc(b, '.');
    put_fixed(b, frac, width);
}

#define MICRO "\xc2\xb5"   /* U+00B5 MICRO SIGN, as Go prints it */

/* Duration.String: "0s", "15ns", "1.5" MICRO "s", "2.25ms", "1m30s",
 * "1h0m0s", "-3.5s". Under a second the largest unit below it is used;
 * from a second up, hours, minutes and seconds with up to nine fraction
 * digits. */
static NatStatus time_durationString_(G *g, Value *a) {
    (void)g;
    int64_t d = a[0].i;
    uint64_t u = d < 0 ? -(uint64_t)d : (uint64_t)d;
    Buf b;
    buf_init(&b);
    if (d < 0) buf_putc(&b, '-');
    if (u == 0) {
        buf_puts(&b, "0s");
    } else if (u < 1000) {
        put_uint(&b, u);
        buf_puts(&b, "ns");
    } else if (u < 1000000) {
        put_uint(&b, u / 1000);
        put_frac(&b, u % 1000, 3);
        buf_puts(&b, MICRO "s");
    } else if (u < 1000000000) {
        put_uint(&b, u / 1000000);
        put_frac(&b, u % 1000000, 6);
        buf_puts(&b, "ms");
    } else {
        uint64_t secs = u / 1000000000;
        if (secs >= 3600) {
            put_uint(&b, secs / 3600);
            buf_putc(&b, 'h');
        }
        if (secs >= 60) {
            put_uint(&b, secs / 60 % 60);
            buf_putc(&b, 'm');
        }
        put_uint(&b, secs % 60);
        put_frac(&b, u % 1000000000, 9);
        buf_putc(&b, 's');
    }
    a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* The units ParseDuration knows, in ns. */
static const struct { const char *name; uint64_t ns; } duration_units[] = {
    { "ns", 1 }, { "us", 1000 }, { MICRO "s", 1000 }, { "\xce\xbcs", 1000 } /* U+03BC */,
    { "ms", 1000000 }, { "s", 1000000000 }, { "m", 60000000000 }, { "h", 3600000000000 },
};

enum { DUR_OK, DUR_INVALID, DUR_NO_UNIT, DUR_BAD_UNIT };

/* Parses a signed sequence of decimal numbers, each with an optional
 * fraction and a unit ("1h30m", "-1.5s", ".5us"); "0" alone needs no
 * unit. Values past the int64 range are invalid. The fraction is scaled
 * by the unit in floating point, as Go does. On DUR_BAD_UNIT, *unit and
 * *unitlen name the unit. */
static int parse_duration(const char *s, size_t n, int64_t *out, const char **unit, size_t *unitlen) {
    const uint64_t limit = (uint64_t)1 << 63;
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    if (n - i == 1 && s[i] == '0') {
        *out = 0;
        return DUR_OK;
    }
    if (i == n) return DUR_INVALID;
    uint64_t total = 0;
    while (i < n) {
        if (!(s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))) return DUR_INVALID;
        /* the whole part */
        size_t start = i;
        uint64_t v = 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            if (v > limit / 10) return DUR_INVALID;
            v = v * 10 + (uint64_t)(s[i] - '0');
            if (v > limit) return DUR_INVALID;
        }
        bool whole = i > start;
        /* the fraction: digits past what fits are read and dropped */
        uint64_t frac = 0;
        double scale = 1;
        bool fraction = false;
        if (i < n && s[i] == '.') {
            i++;
            size_t fstart = i;
            bool full = false;
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
                if (full) continue;
                if (frac > (limit - 1) / 10) {
                    full = true;
                    continue;
                }
                uint64_t f = frac * 10 + (uint64_t)(s[i] - '0');
                if (f > limit) {
                    full = true;
                    continue;
                }
                frac = f;
                scale *= 10;
            }
            fraction = i > fstart;
        }
        if (!whole && !fraction) return DUR_INVALID;
        /* the unit */
        size_t ustart = i;
        while (i < n && s[i] != '.' && !(s[i] >= '0' && s[i] <= '9')) i++;
        if (i == ustart) return DUR_NO_UNIT;
        uint64_t unit_ns = 0;
        for (size_t k = 0; k < sizeof duration_units / sizeof duration_units[0]; k++) {
            const char *name = duration_units[k].name;
            if (strlen(name) == i - ustart && memcmp(name, s + ustart, i - ustart) == 0) unit_ns = duration_units[k].ns;
        }
        if (unit_ns == 0) {
            *unit = s + ustart;
            *unitlen = i - ustart;
            return DUR_BAD_UNIT;
        }
        if (v > limit / unit_ns) return DUR_INVALID;
        v *= unit_ns;
        if (frac > 0) {
            v += (uint64_t)((double)frac * ((double)unit_ns / scale));
            if (v > limit) return DUR_INVALID;
        }
        total += v;
        if (total > limit) return DUR_INVALID;
    }
    if (neg) {
        *out = (int64_t)(0 - total);
        return DUR_OK;
    }
    if (total > limit - 1) return DUR_INVALID;
    *out = (int64_t)total;
    return DUR_OK;
}

/* func parseDuration_(s string) (d int64, kind int, unit string) */
static NatStatus time_parseDuration_(G *g, Value *a) {
    (void)g;
    const char *unit = NULL;
    size_t unitlen = 0;
    int64_t d = 0;
    int kind = parse_duration(str_data(a[0].s), (size_t)str_len(a[0].s), &d, &unit, &unitlen);
    a[0].i = kind == DUR_OK ? d : 0;
    a[1].i = kind;
    a[2].s = kind == DUR_BAD_UNIT ? str_new(unit, unitlen) : NULL;
    return NAT_OK;
}

/* func quote_(s string) string: the package's own quoting for error
 * messages: ASCII from the space up as is (with \" and \\), every other
 * byte as \xHH. */
static NatStatus time_quote_(G *g, Value *a) {
    (void)g;
    const char *s = str_data(a[0].s);
    int64_t n = str_len(a[0].s);
    Buf b;
    buf_init(&b);
    buf_putc(&b, '"');
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < ' ' || c >= 0x80) {
            buf_puts(&b, "\\x");
            buf_putc(&b, fmt_ldigits[c >> 4]);
            buf_putc(&b, fmt_ldigits[c & 15]);
            continue;
        }
        if (c == '"' || c == '\\') buf_putc(&b, '\\');
        buf_putc(&b, (char)c);
    }
    buf_putc(&b, '"');
    a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* ---- the calendar ----
 *
 * Times inside the package count seconds from January 1 of year 1 (a
 * Monday) in the proleptic Gregorian calendar, as Go's do; "local" ones
 * have the zone's offset added. Day numbers convert to dates through
 * 400-year eras of 146097 days, eras starting on March 1 so that the leap
 * day ends the year. */

#define DAYS_YEAR1_TO_MARCH0 (-306)   /* day number of March 1, year 0 */

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Day number (days since January 1, year 1) of year-month-01. */
static int64_t days_from(int64_t year, int64_t month) {
    int64_t y = month <= 2 ? year - 1 : year;        /* the year of the March it follows */
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                      /* [0, 399] */
    int64_t mp = month > 2 ? month - 3 : month + 9;   /* months since March */
    int64_t doy = (153 * mp + 2) / 5;                 /* days since March 1 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe + DAYS_YEAR1_TO_MARCH0;
}

typedef struct Civil {
    int64_t year;
    int month, day, hour, min, sec, wday, yday;
} Civil;

static void civil_from(int64_t local, Civil *c) {
    int64_t days = floor_div(local, 86400);
    int64_t secs = local - days * 86400;
    c->hour = (int)(secs / 3600);
    c->min = (int)(secs / 60 % 60);
    c->sec = (int)(secs % 60);
    c->wday = (int)((days + 1) - floor_div(days + 1, 7) * 7);   /* day 0 was a Monday */
    int64_t z = days - DAYS_YEAR1_TO_MARCH0;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;                                   /* [0, 146096] */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;   /* [0, 399] */
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);           /* days since March 1 */
    int64_t mp = (5 * doy + 2) / 153;
    c->day = (int)(doy - (153 * mp + 2) / 5 + 1);
    c->month = (int)(mp < 10 ? mp + 3 : mp - 9);
    c->year = yoe + era * 400 + (c->month <= 2);
    c->yday = (int)(days - days_from(c->year, 1) + 1);
}

/* func fields_(local int64) (year, month, day, hour, min, sec, wday, yday int) */
static NatStatus time_fields_(G *g, Value *a) {
    (void)g;
    Civil c;
    civil_from(a[0].i, &c);
    a[0].i = c.year;
    a[1].i = c.month;
    a[2].i = c.day;
    a[3].i = c.hour;
    a[4].i = c.min;
    a[5].i = c.sec;
    a[6].i = c.wday;
    a[7].i = c.yday;
    return NAT_OK;
}

/* func daysFrom_(year, month int64) int64 */
static NatStatus time_daysFrom_(G *g, Value *a) {
    (void)g;
    a[0].i = days_from(a[0].i, a[1].i);
    return NAT_OK;
}

/* func timeRem_(sec, nsec, d int64) int64: (sec*1e9 + nsec) mod d, in
 * [0, d) for d > 0. */
static NatStatus time_timeRem_(G *g, Value *a) {
    (void)g;
    __extension__ typedef __int128 wide;
    wide t = (wide)a[0].i * 1000000000 + a[1].i;
    wide r = t % a[2].i;
    if (r < 0) r += a[2].i;
    a[0].i = (int64_t)r;
    return NAT_OK;
}

/* func zoneAt_(unix int64) (name string, offset int): the C library's
 * local zone at that instant (TZ, or /etc/localtime). */
static NatStatus time_zoneAt_(G *g, Value *a) {
    (void)g;
    time_t t = (time_t)a[0].i;
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        a[0].s = str_cstr("UTC");
        a[1].i = 0;
        return NAT_OK;
    }
    a[0].s = tm.tm_zone ? str_cstr(tm.tm_zone) : NULL;
    a[1].i = tm.tm_gmtoff;
    return NAT_OK;
}

/* func localZone_() (name string, utc bool): see the Go source. */
static bool readable_in(const char *dir, const char *name) {
    char path[4096];
    int n = snprintf(path, sizeof path, "%s%s", dir, name);
    return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

static NatStatus time_localZone_(G *g, Value *a) {
    (void)g;
    static const char *const zone_dirs[] = { "/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/",
                                             "/usr/lib/locale/TZ/", "/etc/zoneinfo/" };
    const char *tz = getenv("TZ");
    const char *name = "UTC";
    bool utc = true;
    if (!tz) {
        if (access("/etc/localtime", R_OK) == 0) name = "Local", utc = false;
    } else {
        if (tz[0] == ':') tz++;
        if (tz[0] == '/') {
            if (access(tz, R_OK) == 0) {
                name = strcmp(tz, "/etc/localtime") == 0 ? "Local" : tz;
                utc = false;
            }
        } else if (tz[0] != 0 && strcmp(tz, "UTC") != 0) {
            for (size_t i = 0; i < sizeof zone_dirs / sizeof zone_dirs[0] && utc; i++)
                if (readable_in(zone_dirs[i], tz)) name = tz, utc = false;
        }
    }
    a[0].s = str_cstr(name);
    a[1].i = utc;
    return NAT_OK;
}

/* ---- Format ----
 *
 * A layout is text with elements of the reference time
 * "Mon Jan 2 15:04:05 MST 2006" (-0700) in it; the scanner below finds
 * the next element, preferring the longest ("January" over "Jan", "2006"
 * over "2"). */

typedef enum {
    L_NONE, L_LONG_MONTH, L_MONTH, L_NUM_MONTH, L_ZERO_MONTH,
    L_LONG_WEEKDAY, L_WEEKDAY, L_DAY, L_UNDER_DAY, L_ZERO_DAY,
    L_UNDER_YEARDAY, L_ZERO_YEARDAY, L_HOUR, L_HOUR12, L_ZERO_HOUR12,
    L_MINUTE, L_ZERO_MINUTE, L_SECOND, L_ZERO_SECOND, L_LONG_YEAR, L_YEAR,
    L_PM_UPPER, L_PM_LOWER, L_TZ_NAME,
    /* numeric zones: Z = "Z" for UTC, COLON, SECS, SHORT (hours only) */
    L_ZONE,
    L_FRAC0, L_FRAC9,   /* fractional seconds: fixed or trimmed digits */
} LayoutElem;

typedef struct Elem {
    LayoutElem kind;
    size_t at, len;        /* where in the layout */
    bool z, colon, secs, shrt;   /* L_ZONE */
    int digits;            /* L_FRAC*: how many */
    char sep;              /* L_FRAC*: '.' or ',' */
} Elem;

static bool has(const char *s, size_t n, size_t i, const char *w) {
    size_t k = strlen(w);
    return n - i >= k && memcmp(s + i, w, k) == 0;
}

static bool lower_at(const char *s, size_t n, size_t i) {
    return i < n && s[i] >= 'a' && s[i] <= 'z';
}

static bool digit_at(const char *s, size_t n, size_t i) {
    return i < n && s[i] >= '0' && s[i] <= '9';
}

/* The numeric zone forms, longest first. */
static const struct { const char *text; bool colon, secs, shrt; } zone_forms[] = {
    { "070000", false, true, false }, { "07:00:00", true, true, false },
    { "0700", false, false, false }, { "07:00", true, false, false },
    { "07", false, false, true },
};

/* Finds the first element of l[from..n); false if there is none. */
static bool next_elem(const char *l, size_t n, size_t from, Elem *e) {
    for (size_t i = from; i < n; i++) {
        memset(e, 0, sizeof *e);
        e->at = i;
        LayoutElem k = L_NONE;
        size_t len = 0;
        switch (l[i]) {
        case 'J':
            if (has(l, n, i, "January")) k = L_LONG_MONTH, len = 7;
            else if (has(l, n, i, "Jan") && !lower_at(l, n, i + 3)) k = L_MONTH, len = 3;
            break;
        case 'M':
            if (has(l, n, i, "Monday")) k = L_LONG_WEEKDAY, len = 6;
            else if (has(l, n, i, "Mon") && !lower_at(l, n, i + 3)) k = L_WEEKDAY, len = 3;
            else if (has(l, n, i, "MST")) k = L_TZ_NAME, len = 3;
            break;
        case '0':
            if (has(l, n, i, "002")) k = L_ZERO_YEARDAY, len = 3;
            else if (i + 1 < n && l[i + 1] >= '1' && l[i + 1] <= '6') {
                static const LayoutElem zeros[] = { L_ZERO_MONTH, L_ZERO_DAY, L_ZERO_HOUR12,
                                                    L_ZERO_MINUTE, L_ZERO_SECOND, L_YEAR };
                k = zeros[l[i + 1] - '1'], len = 2;
            }
            break;
        case '1':
            if (has(l, n, i, "15")) k = L_HOUR, len = 2;
            else k = L_NUM_MONTH, len = 1;
            break;
        case '2':
            if (has(l, n, i, "2006")) k = L_LONG_YEAR, len = 4;
            else k = L_DAY, len = 1;
            break;
        case '_':
            /* "_2006" is a literal '_' and then the year */
            if (has(l, n, i, "_2") && !has(l, n, i, "_2006")) k = L_UNDER_DAY, len = 2;
            else if (has(l, n, i, "__2")) k = L_UNDER_YEARDAY, len = 3;
            break;
        case '3': k = L_HOUR12, len = 1; break;
        case '4': k = L_MINUTE, len = 1; break;
        case '5': k = L_SECOND, len = 1; break;
        case 'P':
            if (has(l, n, i, "PM")) k = L_PM_UPPER, len = 2;
            break;
        case 'p':
            if (has(l, n, i, "pm")) k = L_PM_LOWER, len = 2;
            break;
        case '-':
        case 'Z':
            for (size_t f = 0; f < sizeof zone_forms / sizeof zone_forms[0]; f++) {
                if (has(l, n, i + 1, zone_forms[f].text)) {
                    k = L_ZONE, len = 1 + strlen(zone_forms[f].text);
                    e->z = l[i] == 'Z';
                    e->colon = zone_forms[f].colon;
                    e->secs = zone_forms[f].secs;
                    e->shrt = zone_forms[f].shrt;
                    break;
                }
            }
            break;
        case '.':
        case ',':
            if (i + 1 < n && (l[i + 1] == '0' || l[i + 1] == '9')) {
                char ch = l[i + 1];
                size_t j = i + 1;
                while (j < n && l[j] == ch) j++;
                if (!digit_at(l, n, j)) {
                    k = ch == '0' ? L_FRAC0 : L_FRAC9, len = j - i;
                    e->digits = (int)(j - i - 1);
                    e->sep = l[i];
                }
            }
            break;
        }
        if (k != L_NONE) {
            e->kind = k;
            e->len = len;
            return true;
        }
    }
    return false;
}

static const char *const month_names[] = { "January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December" };
static const char *const day_names[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                         "Saturday" };

/* Appends x with at least width digits, zero-padded, '-' first if x < 0. */
static void put_int(Buf *b, int64_t x, int width) {
    uint64_t u = (uint64_t)x;
    if (x < 0) {
        buf_putc(b, '-');
        u = -u;
    }
    char tmp[20];
    int n = 0;
    do tmp[n++] = (char)('0' + u % 10); while ((u /= 10) != 0);
    for (int k = n; k < width; k++) buf_putc(b, '0');
    while (n > 0) buf_putc(b, tmp[--n]);
}

static void put_elem(Buf *b, const Elem *e, const Civil *c, int64_t nsec, const GoString *zone, int64_t offset) {
    switch (e->kind) {
    case L_NONE: break;
    case L_LONG_MONTH: buf_puts(b, month_names[c->month - 1]); break;
    case L_MONTH: buf_write(b, month_names[c->month - 1], 3); break;
    case L_NUM_MONTH: put_int(b, c->month, 0); break;
    case L_ZERO_MONTH: put_int(b, c->month, 2); break;
    case L_LONG_WEEKDAY: buf_puts(b, day_names[c->wday]); break;
    case L_WEEKDAY: buf_write(b, day_names[c->wday], 3); break;
    case L_DAY: put_int(b, c->day, 0); break;
    case L_UNDER_DAY:
        if (c->day < 10) buf_putc(b, ' ');
        put_int(b, c->day, 0);
        break;
    case L_ZERO_DAY: put_int(b, c->day, 2); break;
    case L_UNDER_YEARDAY:
        if (c->yday < 100) buf_putc(b, ' ');
        if (c->yday < 10) buf_putc(b, ' ');
        put_int(b, c->yday, 0);
        break;
    case L_ZERO_YEARDAY: put_int(b, c->yday, 3); break;
    case L_HOUR: put_int(b, c->hour, 2); break;
    case L_HOUR12: put_int(b, c->hour % 12 == 0 ? 12 : c->hour % 12, 0); break;
    case L_ZERO_HOUR12: put_int(b, c->hour % 12 == 0 ? 12 : c->hour % 12, 2); break;
    case L_MINUTE: put_int(b, c->min, 0); break;
    case L_ZERO_MINUTE: put_int(b, c->min, 2); break;
    case L_SECOND: put_int(b, c->sec, 0); break;
    case L_ZERO_SECOND: put_int(b, c->sec, 2); break;
    case L_LONG_YEAR: put_int(b, c->year, 4); break;
    case L_YEAR: put_int(b, (c->year < 0 ? -c->year : c->year) % 100, 2); break;
    case L_PM_UPPER: buf_puts(b, c->hour >= 12 ? "PM" : "AM"); break;
    case L_PM_LOWER: buf_puts(b, c->hour >= 12 ? "pm" : "am"); break;
    case L_TZ_NAME:
        if (str_len(zone) > 0) {
            buf_write(b, str_data(zone), (size_t)str_len(zone));
        } else {
            /* no name: -0700 */
            int64_t mins = offset / 60;
            buf_putc(b, mins < 0 ? '-' : '+');
            if (mins < 0) mins = -mins;
            put_int(b, mins / 60, 2);
            put_int(b, mins % 60, 2);
        }
        break;
    case L_ZONE: {
        if (e->z && offset == 0) {
            buf_putc(b, 'Z');
            break;
        }
        int64_t mins = offset / 60, secs = offset;
        buf_putc(b, mins < 0 ? '-' : '+');
        if (mins < 0) mins = -mins, secs = -secs;
        put_int(b, mins / 60, 2);
        if (e->shrt) break;
        if (e->colon) buf_putc(b, ':');
        put_int(b, mins % 60, 2);
        if (e->secs) {
            if (e->colon) buf_putc(b, ':');
            put_int(b, secs % 60, 2);
        }
        break;
    }
    case L_FRAC0:
    case L_FRAC9: {
        char digits[9];
        uint64_t v = (uint64_t)nsec;
        for (int k = 8; k >= 0; k--) {
            digits[k] = (char)('0' + v % 10);
            v /= 10;
        }
        int nd = e->digits > 9 ? 9 : e->digits;
        if (e->kind == L_FRAC9) {
            while (nd > 0 && digits[nd - 1] == '0') nd--;
            if (nd == 0) break;
        }
        buf_putc(b, e->sep);
        buf_write(b, digits, (size_t)nd);
        break;
    }
    }
}

/* func format_(layout string, local, nsec int64, zone string, offset int) string */
static NatStatus time_format_(G *g, Value *a) {
    (void)g;
    const char *l = str_data(a[0].s);
    size_t n = (size_t)str_len(a[0].s);
    Civil c;
    civil_from(a[1].i, &c);
    Buf b;
    buf_init(&b);
    size_t i = 0;
    Elem e;
    while (next_elem(l, n, i, &e)) {
        buf_write(&b, l + i, e.at - i);
        put_elem(&b, &e, &c, a[2].i, a[3].s, a[4].i);
        i = e.at + e.len;
    }
    buf_write(&b, l + i, n - i);
    a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* ---- Parse ----
 *
 * The layout is walked with the same scanner as Format: its text must be
 * matched by the value (a run of spaces matches any run of spaces), each
 * element reads a field. The first failure gives ParseError's parts: the
 * layout element and the value where it failed ("cannot parse"), or a
 * message (": month out of range", ": extra text: ..."). */

typedef struct Parsed {
    int64_t year, month, day, yday, hour, min, sec, nsec;
    int64_t zone_offset;       /* -1: none read */
    const char *zone;          /* a zone name read by MST, or NULL */
    size_t zonelen;
    bool utc;                  /* "Z" or "UTC" was read */
    /* the failure */
    const char *lelem, *velem, *msg;
    size_t lelemlen, velemlen;
    Buf msgbuf;
} Parsed;

static bool pdigit(const char *v, size_t n, size_t i) { return i < n && v[i] >= '0' && v[i] <= '9'; }

/* One or two digits (exactly two when fixed) at v[*i]. */
static bool getnum2(const char *v, size_t n, size_t *i, bool fixed, int64_t *out) {
    if (!pdigit(v, n, *i)) return false;
    if (!pdigit(v, n, *i + 1)) {
        if (fixed) return false;
        *out = v[(*i)++] - '0';
        return true;
    }
    *out = (v[*i] - '0') * 10 + (v[*i + 1] - '0');
    *i += 2;
    return true;
}

/* One to three digits (exactly three when fixed). */
static bool getnum3(const char *v, size_t n, size_t *i, bool fixed, int64_t *out) {
    int64_t x = 0;
    int k = 0;
    while (k < 3 && pdigit(v, n, *i + (size_t)k)) x = x * 10 + (v[*i + (size_t)k++] - '0');
    if (k == 0 || (fixed && k != 3)) return false;
    *i += (size_t)k;
    *out = x;
    return true;
}

/* Go's time.atoi on s[0..n): optional sign, then only digits (none is 0). */
static bool patoi(const char *s, size_t n, int64_t *out) {
    size_t i = 0;
    bool neg = false;
    if (n > 0 && (s[0] == '-' || s[0] == '+')) neg = s[i++] == '-';
    uint64_t x = 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        if (x > ((uint64_t)1 << 63) / 10) return false;
        x = x * 10 + (uint64_t)(s[i] - '0');
        if (x > (uint64_t)1 << 63) return false;
    }
    *out = neg ? -(int64_t)x : (int64_t)x;
    return true;
}

/* Case-insensitive (ASCII) match of one of names[] at v[*i]; its index. */
static int plookup(const char *v, size_t n, size_t *i, const char *const *names, int count, size_t len) {
    for (int k = 0; k < count; k++) {
        size_t m = len ? len : strlen(names[k]);
        if (n - *i < m) continue;
        bool same = true;
        for (size_t j = 0; j < m && same; j++) {
            char a = v[*i + j], b = names[k][j];
            if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
            same = a == b;
        }
        if (same) {
            *i += m;
            return k;
        }
    }
    return -1;
}

/* A fraction ".ddd" (or ",ddd") of nbytes bytes at v: its nanoseconds.
 * Digits past nine are read and dropped. */
static bool pnanos(const char *v, size_t nbytes, int64_t *ns, const char **range) {
    if (v[0] != '.' && v[0] != ',') return false;
    if (nbytes > 10) nbytes = 10;
    int64_t x;
    if (!patoi(v + 1, nbytes - 1, &x)) return false;
    if (x < 0) {
        *range = "fractional second";
        return true;
    }
    for (size_t k = nbytes; k < 10; k++) x *= 10;
    *ns = x;
    return true;
}

/* A signed hour offset "+h"/"-hh" (at most 12) after GMT or alone: its
 * length, or 0. */
static size_t psigned_offset(const char *v, size_t n) {
    if (n == 0 || (v[0] != '+' && v[0] != '-')) return 0;
    size_t i = 1;
    uint64_t x = 0;
    for (; i < n && v[i] >= '0' && v[i] <= '9'; i++) {
        if (x > ((uint64_t)1 << 63) / 10) return 0;
        x = x * 10 + (uint64_t)(v[i] - '0');
        if (x > (uint64_t)1 << 63) return 0;
    }
    if (i == 1 || x > 12) return 0;
    return i;
}

/* The length of what looks like a zone abbreviation at v: ChST, MeST,
 * GMT with an optional offset, a bare offset, or three to five capitals
 * (four or five ending in T, or WITA); 0 if none. */
static size_t pzone(const char *v, size_t n) {
    if (n < 3) return 0;
    if (n >= 4 && (memcmp(v, "ChST", 4) == 0 || memcmp(v, "MeST", 4) == 0)) return 4;
    if (memcmp(v, "GMT", 3) == 0) return 3 + psigned_offset(v + 3, n - 3);
    if (v[0] == '+' || v[0] == '-') return psigned_offset(v, n);
    size_t upper = 0;
    while (upper < 6 && upper < n && v[upper] >= 'A' && v[upper] <= 'Z') upper++;
    switch (upper) {
    case 3: return 3;
    case 4: return v[3] == 'T' || memcmp(v, "WITA", 4) == 0 ? 4 : 0;
    case 5: return v[4] == 'T' ? 5 : 0;
    default: return 0;
    }
}

/* Layout text against the value; a space matches a run of spaces. *vi
 * moves past what matched, also on failure. */
static bool pskip(const char *p, size_t pn, const char *v, size_t vn, size_t *vi) {
    size_t i = 0, j = *vi;
    bool ok = true;
    while (i < pn) {
        if (p[i] == ' ') {
            if (j < vn && v[j] != ' ') {
                ok = false;
                break;
            }
            while (i < pn && p[i] == ' ') i++;
            while (j < vn && v[j] == ' ') j++;
            continue;
        }
        if (j >= vn || v[j] != p[i]) {
            ok = false;
            break;
        }
        i++;
        j++;
    }
    *vi = j;
    return ok;
}

static const int64_t days_before_month[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };

static bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

/* Reads one numeric zone offset in the form of e at v[*i]. */
static bool pnum_zone(const Elem *e, const char *v, size_t n, size_t *i, int64_t *offset, const char **range) {
    const char *s = v + *i;
    size_t left = n - *i;
    const char *hh, *mm = "00", *ss = "00";
    size_t used;
    if (e->shrt) {
        if (left < 3) return false;
        hh = s + 1, used = 3;
    } else if (e->colon && e->secs) {
        if (left < 9 || s[3] != ':' || s[6] != ':') return false;
        hh = s + 1, mm = s + 4, ss = s + 7, used = 9;
    } else if (e->colon) {
        if (left < 6 || s[3] != ':') return false;
        hh = s + 1, mm = s + 4, used = 6;
    } else if (e->secs) {
        if (left < 7) return false;
        hh = s + 1, mm = s + 3, ss = s + 5, used = 7;
    } else {
        if (left < 5) return false;
        hh = s + 1, mm = s + 3, used = 5;
    }
    *i += used;
    int64_t h = 0, m = 0, sec = 0;
    size_t k = 0;
    bool ok = getnum2(hh, 2, &k, true, &h);
    if (ok) ok = (k = 0, getnum2(mm, 2, &k, true, &m));
    if (ok) ok = (k = 0, getnum2(ss, 2, &k, true, &sec));
    if (h > 24) *range = "time zone offset hour";
    if (m > 60) *range = "time zone offset minute";
    if (sec > 60) *range = "time zone offset second";
    *offset = (h * 60 + m) * 60 + sec;
    if (s[0] == '-') *offset = -*offset;
    else if (s[0] != '+') ok = false;
    return ok;
}

static bool parse_fail(Parsed *p, const char *lelem, size_t ln, const char *velem, size_t vn, const char *msg) {
    p->lelem = lelem, p->lelemlen = ln;
    p->velem = velem, p->velemlen = vn;
    p->msg = msg;
    return false;
}

static bool parse_time(const char *l, size_t ln, const char *v, size_t vn, Parsed *p) {
    static const char *const short_days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    memset(p, 0, sizeof *p);
    p->month = p->day = p->yday = p->zone_offset = -1;
    bool am = false, pm = false;
    size_t li = 0, vi = 0;
    for (;;) {
        Elem e;
        bool found = next_elem(l, ln, li, &e);
        size_t pend = found ? e.at : ln;
        if (!pskip(l + li, pend - li, v, vn, &vi)) return parse_fail(p, l + li, pend - li, v + vi, vn - vi, NULL);
        if (!found) {
            if (vi < vn) {
                buf_init(&p->msgbuf);
                buf_puts(&p->msgbuf, ": extra text: ");
                Value q = { .s = str_new(v + vi, vn - vi) };
                time_quote_(NULL, &q);
                buf_write(&p->msgbuf, str_data(q.s), (size_t)str_len(q.s));
                return parse_fail(p, "", 0, v + vi, vn - vi, buf_cstr(&p->msgbuf));
            }
            break;
        }
        li = e.at + e.len;
        size_t hold = vi;
        const char *range = NULL;
        bool ok = true;
        switch (e.kind) {
        case L_NONE: break;
        case L_YEAR:
            if (vn - vi < 2) { ok = false; break; }
            ok = patoi(v + vi, 2, &p->year);
            vi += 2;
            if (ok) p->year += p->year >= 69 ? 1900 : 2000;
            break;
        case L_LONG_YEAR:
            if (vn - vi < 4 || !pdigit(v, vn, vi)) { ok = false; break; }
            ok = patoi(v + vi, 4, &p->year);
            vi += 4;
            break;
        case L_MONTH:
        case L_LONG_MONTH:
            p->month = plookup(v, vn, &vi, month_names, 12, e.kind == L_MONTH ? 3 : 0) + 1;
            ok = p->month > 0;
            break;
        case L_NUM_MONTH:
        case L_ZERO_MONTH:
            ok = getnum2(v, vn, &vi, e.kind == L_ZERO_MONTH, &p->month);
            if (ok && (p->month <= 0 || p->month > 12)) range = "month";
            break;
        case L_WEEKDAY:
            ok = plookup(v, vn, &vi, short_days, 7, 3) >= 0;
            break;
        case L_LONG_WEEKDAY:
            ok = plookup(v, vn, &vi, day_names, 7, 0) >= 0;
            break;
        case L_DAY:
        case L_UNDER_DAY:
        case L_ZERO_DAY:
            if (e.kind == L_UNDER_DAY && vi < vn && v[vi] == ' ') vi++;
            ok = getnum2(v, vn, &vi, e.kind == L_ZERO_DAY, &p->day);
            break;
        case L_UNDER_YEARDAY:
        case L_ZERO_YEARDAY:
            for (int k = 0; k < 2; k++)
                if (e.kind == L_UNDER_YEARDAY && vi < vn && v[vi] == ' ') vi++;
            ok = getnum3(v, vn, &vi, e.kind == L_ZERO_YEARDAY, &p->yday);
            break;
        case L_HOUR:
            ok = getnum2(v, vn, &vi, false, &p->hour);
            if (ok && p->hour >= 24) range = "hour";
            break;
        case L_HOUR12:
        case L_ZERO_HOUR12:
            ok = getnum2(v, vn, &vi, e.kind == L_ZERO_HOUR12, &p->hour);
            if (ok && p->hour > 12) range = "hour";
            break;
        case L_MINUTE:
        case L_ZERO_MINUTE:
            ok = getnum2(v, vn, &vi, e.kind == L_ZERO_MINUTE, &p->min);
            if (ok && p->min >= 60) range = "minute";
            break;
        case L_SECOND:
        case L_ZERO_SECOND: {
            ok = getnum2(v, vn, &vi, e.kind == L_ZERO_SECOND, &p->sec);
            if (!ok) break;
            if (p->sec >= 60) { range = "second"; break; }
            /* a fraction the layout does not ask for is read here, unless
             * the layout's next element is a fraction */
            if (vn - vi >= 2 && (v[vi] == '.' || v[vi] == ',') && pdigit(v, vn, vi + 1)) {
                Elem nx;
                if (next_elem(l, ln, li, &nx) && (nx.kind == L_FRAC0 || nx.kind == L_FRAC9)) break;
                size_t k = 2;
                while (pdigit(v, vn, vi + k)) k++;
                ok = pnanos(v + vi, k, &p->nsec, &range);
                vi += k;
            }
            break;
        }
        case L_PM_UPPER:
        case L_PM_LOWER: {
            if (vn - vi < 2) { ok = false; break; }
            bool upper = e.kind == L_PM_UPPER;
            if (memcmp(v + vi, upper ? "PM" : "pm", 2) == 0) pm = true;
            else if (memcmp(v + vi, upper ? "AM" : "am", 2) == 0) am = true;
            else ok = false;
            vi += 2;
            break;
        }
        case L_ZONE:
            if (e.z && vi < vn && v[vi] == 'Z') {
                vi++;
                p->utc = true;
                break;
            }
            ok = pnum_zone(&e, v, vn, &vi, &p->zone_offset, &range);
            break;
        case L_TZ_NAME: {
            if (vn - vi >= 3 && memcmp(v + vi, "UTC", 3) == 0) {
                vi += 3;
                p->utc = true;
                break;
            }
            size_t zl = pzone(v + vi, vn - vi);
            if (zl == 0) { ok = false; break; }
            p->zone = v + vi, p->zonelen = zl;
            vi += zl;
            break;
        }
        case L_FRAC0: {
            size_t nd = 1 + (size_t)e.digits;
            if (vn - vi < nd) { ok = false; break; }
            ok = pnanos(v + vi, nd, &p->nsec, &range);
            vi += nd;
            break;
        }
        case L_FRAC9: {
            if (vn - vi < 2 || (v[vi] != '.' && v[vi] != ',') || !pdigit(v, vn, vi + 1)) break;
            size_t k = 1;
            while (pdigit(v, vn, vi + k)) k++;
            ok = pnanos(v + vi, k, &p->nsec, &range);
            vi += k;
            break;
        }
        }
        if (range) {
            buf_init(&p->msgbuf);
            buf_puts(&p->msgbuf, ": ");
            buf_puts(&p->msgbuf, range);
            buf_puts(&p->msgbuf, " out of range");
            return parse_fail(p, l + e.at, e.len, v + vi, vn - vi, buf_cstr(&p->msgbuf));
        }
        if (!ok) return parse_fail(p, l + e.at, e.len, v + hold, vn - hold, NULL);
    }
    if (pm && p->hour < 12) p->hour += 12;
    else if (am && p->hour == 12) p->hour = 0;
    if (p->yday >= 0) {
        int64_t m = 0, d = 0, yday = p->yday;
        if (is_leap(p->year)) {
            if (yday == 31 + 29) m = 2, d = 29;
            else if (yday > 31 + 29) yday--;
        }
        if (yday < 1 || yday > 365) return parse_fail(p, "", 0, "", 0, ": day-of-year out of range");
        if (m == 0) {
            m = (yday - 1) / 31 + 1;
            if (days_before_month[m] < yday) m++;
            d = yday - days_before_month[m - 1];
        }
        if (p->month >= 0 && p->month != m) return parse_fail(p, "", 0, "", 0, ": day-of-year does not match month");
        p->month = m;
        if (p->day >= 0 && p->day != d) return parse_fail(p, "", 0, "", 0, ": day-of-year does not match day");
        p->day = d;
    } else {
        if (p->month < 0) p->month = 1;
        if (p->day < 0) p->day = 1;
    }
    int64_t dim = days_before_month[p->month] - days_before_month[p->month - 1] + (p->month == 2 && is_leap(p->year));
    if (p->day < 1 || p->day > dim) return parse_fail(p, "", 0, "", 0, ": day out of range");
    return true;
}

/* func parse_(layout, value string) (year, month, day, hour, min, sec,
 *     nsec, zoneOffset int, zoneName string, utc bool,
 *     layoutElem, valueElem, message string, ok bool) */
static NatStatus time_parse_(G *g, Value *a) {
    (void)g;
    Parsed p;
    bool ok = parse_time(str_data(a[0].s), (size_t)str_len(a[0].s), str_data(a[1].s), (size_t)str_len(a[1].s), &p);
    a[0].i = p.year;
    a[1].i = p.month;
    a[2].i = p.day;
    a[3].i = p.hour;
    a[4].i = p.min;
    a[5].i = p.sec;
    a[6].i = p.nsec;
    a[7].i = p.zone_offset;
    a[8].s = p.zone ? str_new(p.zone, p.zonelen) : NULL;
    a[9].i = p.utc;
    a[10].s = ok ? NULL : str_new(p.lelem, p.lelemlen);
    a[11].s = ok ? NULL : str_new(p.velem, p.velemlen);
    a[12].s = ok || !p.msg ? NULL : str_cstr(p.msg);
    a[13].i = ok;
    return NAT_OK;
}

/* func monoString_(mono int64) string: Time.String's " m=+1.000000002". */
static NatStatus time_monoString_(G *g, Value *a) {
    (void)g;
    int64_t m = a[0].i;
    uint64_t u = m < 0 ? -(uint64_t)m : (uint64_t)m;
    Buf b;
    buf_init(&b);
    buf_puts(&b, m < 0 ? " m=-" : " m=+");
    put_uint(&b, u / 1000000000);
    buf_putc(&b, '.');
    put_fixed(&b, u % 1000000000, 9);
    a[0].s = str_new(b.data, b.len);
    return NAT_OK;
}

/* ---- Timer, Ticker, AfterFunc ----
 *
 * A TimeTimer is a scheduler Timer (sched/timer.h) with what a fire does:
 * send the time on a channel without blocking (chan_try_send), or start a
 * goroutine running f. Stop and re-arming bump gen under mu, and a fire
 * acts only if the seq the timer was armed with is still gen: so once
 * stopTimer_ returns, a fire already under way on another thread cannot
 * send, and the Go side's drain leaves the channel empty for good. */

typedef struct TimeTimer {
    Timer t;                 /* t.seq: the gen it was armed at */
    pthread_mutex_t mu;
    uint64_t gen;            /* guarded by mu */
    Hchan *c;                /* a Timer's or Ticker's channel, or NULL */
    Closure *f;              /* AfterFunc's function */
    void *loc;               /* the *Location of the Times sent */
    int64_t due, period;     /* guarded by mu: when the next fire is due */
} TimeTimer;

/* Seconds from January 1, year 1 to 1970 (the Go source's unixToInternal). */
#define UNIX_TO_INTERNAL INT64_C(62135596800)

/* The monotonic instant d from now: now for d <= 0, never on overflow. */
static int64_t when_after(int64_t d) {
    int64_t now = sched_nanotime();
    if (d <= 0) return now;
    return now > INT64_MAX - d ? INT64_MAX : now + d;
}

/* The Time at monotonic instant due (<= now, the monotonic time now), as
 * Go sends it: the wall clock now, moved back by now - due. The value is
 * a block with Time's fields in order (sec, nsec, mono, hasMono, loc: see
 * stdlib/go/time/time.go). */
static Value time_value_at(int64_t due, int64_t now, void *loc) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t late = now - due;
    int64_t sec = ts.tv_sec - late / 1000000000, nsec = ts.tv_nsec - late % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    Value *blk = GC_MALLOC(5 * sizeof(Value));
    blk[0].i = sec + UNIX_TO_INTERNAL;
    blk[1].i = nsec;
    blk[2].i = due - process_start();
    blk[3].i = 1;
    blk[4].p = loc;
    return (Value){ .p = blk };
}

/* The timer callback: runs on a thread holding a P, no lock held. */
static void timer_fire(void *arg, uint64_t seq) {
    TimeTimer *tt = arg;
    pthread_mutex_lock(&tt->mu);
    if (seq == tt->gen) {
        int64_t now = sched_nanotime(), due = tt->due;
        if (due > now) due = now;
        if (tt->period > 0) {
            /* the next tick: the first one after now (missed ones are
             * dropped), on the grid of the first, as the heap re-arms it */
            int64_t k = 1 + (now - due) / tt->period;
            tt->due = k > (INT64_MAX - due) / tt->period ? INT64_MAX : due + k * tt->period;
        }
        if (tt->c) chan_try_send(tt->c, time_value_at(due, now, tt->loc));
        else sched_go(NULL, tt->f, NULL, 0);
    }
    pthread_mutex_unlock(&tt->mu);
}

/* Arms tt to fire d from now (then every period). mu held; tt in no heap
 * (only these natives add it, under mu). */
static void arm(TimeTimer *tt, int64_t d, int64_t period) {
    tt->gen++;
    tt->t.seq = tt->gen;
    tt->due = when_after(d);
    tt->period = period;
    sched_timer_add(&tt->t, tt->due, period);
}

/* func newTimer_(c chan Time, f func(), d, period int64, loc *Location) *rtimer */
static NatStatus time_newTimer_(G *g, Value *a) {
    (void)g;
    TimeTimer *tt = GC_MALLOC(sizeof *tt);
    pthread_mutex_init(&tt->mu, NULL);
    tt->c = a[0].p;
    if (tt->c) chan_mark_timer(tt->c);
    tt->f = a[1].cl;
    tt->loc = a[4].p;
    timer_init(&tt->t, timer_fire, tt, 0);
    pthread_mutex_lock(&tt->mu);
    arm(tt, a[2].i, a[3].i);
    pthread_mutex_unlock(&tt->mu);
    a[0].p = tt;
    return NAT_OK;
}

/* func stopTimer_(r *rtimer) bool */
static NatStatus time_stopTimer_(G *g, Value *a) {
    (void)g;
    TimeTimer *tt = a[0].p;
    pthread_mutex_lock(&tt->mu);
    bool was = timer_stop(&tt->t);
    tt->gen++;
    pthread_mutex_unlock(&tt->mu);
    a[0].i = was;
    return NAT_OK;
}

/* func armTimer_(r *rtimer, d, period int64) */
static NatStatus time_armTimer_(G *g, Value *a) {
    (void)g;
    TimeTimer *tt = a[0].p;
    pthread_mutex_lock(&tt->mu);
    timer_stop(&tt->t);   /* a Reset racing with this one may have armed it */
    arm(tt, a[1].i, a[2].i);
    pthread_mutex_unlock(&tt->mu);
    return NAT_OK;
}

#define N(NAME) { "time", #NAME, time_##NAME }
const NativeDesc time_natives[] = {
    N(now_), N(startNano_), N(Sleep), N(durationString_), N(parseDuration_), N(quote_),
    N(fields_), N(daysFrom_), N(timeRem_), N(zoneAt_), N(localZone_), N(format_), N(monoString_), N(parse_),
    N(newTimer_), N(stopTimer_), N(armTimer_),
    { NULL, NULL, NULL },
};
