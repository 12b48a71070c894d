/* lineedit.c — the REPL's terminal, on libedit (histedit.h's native API).
 *
 * libedit edits the line; this file feeds it characters and shows, between
 * two characters, what goroutines print while the prompt waits.
 *
 *   le_read  installs an output hook (stdlib/io.c's out_set_hook) and calls
 *            el_gets, whose character source is le_getc. The hook copies
 *            every write to fd 1 and 2 into the out pipe; le_getc polls the
 *            terminal, the out pipe and the signal pipe, and when output
 *            arrives erases the edit area, writes the output and has
 *            libedit draw the prompt and the line again (EL_REFRESH).
 *   SIGINT   while le_read waits, a handler writes 'I' into the signal
 *            pipe (the signal may land on any thread); le_getc then fails
 *            el_gets, which gives the terminal back in cooked mode. (A ^C
 *            that arrives as a key, ISIG off, ends el_gets the same way.)
 *            SIGWINCH ('W') makes libedit read the new size. The caller's
 *            handlers are back when le_read returns.
 *   history  libedit's history(3), saved with H_SAVE after every entry and
 *            at le_close; its file format escapes '\n' (vis(3): \012), so
 *            a multi-line entry survives a save and a load.
 *   loading  libedit is opened with dlopen by le_open, not linked: `minigo
 *            run` then maps four libraries fewer (libedit, tinfo, bsd, md:
 *            0.2 ms of every start-up). Its functions are called through
 *            the table `ed` (the macros below keep histedit.h's names).
 *
 * Glossary
 *   edit area  the terminal rows holding the prompt and the line. libedit
 *              lays text out with a cursor that moves to the next row after
 *              the last column; lay_out follows the same rules to know on
 *              which row of the area the cursor is.
 *   tail       output that did not end with a newline: the prompt is drawn
 *              on the next row, and tail_col says where the tail ends, so
 *              that the next output continues it on its own row.
 *   passthrough  set while le_read is finishing (and by le_close): the hook
 *              then writes straight to its fd, after everything the pipe
 *              held.
 *
 * Invariants and locking
 *   Output is never lost or reordered: every byte the hook takes goes into
 *   the out pipe, or, when the pipe is full or passthrough is set, to the
 *   terminal after the pipe has been emptied, both under le_mu; the reader
 *   empties the pipe under le_mu too. Lock order: out_lock (io.c, held when
 *   the hook runs) before le_mu; no code holding le_mu calls out_write.
 *   The hook never waits on the terminal for long: at most for a write
 *   that the reader or a full-pipe fallback makes under le_mu. Only what
 *   goes through out_write is seen: text written to fd 2 with stdio (the
 *   runtime's panic traces) lands where the cursor is, with no redraw.
 *   Between two le_read calls the terminal is in the mode it had at
 *   le_open but without echo (type-ahead is echoed once, by libedit, when
 *   the next le_read reads it); after le_close it is in the mode it had at
 *   le_open (el_gets leaves raw mode on every return).
 */
#include <errno.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include "lineedit.h"
#include "vm.h"

/* libedit's functions, found by le_open (load_libedit) */
static struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
    void (*el_resize)(EditLine *);
    int (*el_source)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} ed;
#define el_init ed.el_init
#define el_end ed.el_end
#define el_gets ed.el_gets
#define el_set ed.el_set
#define el_get ed.el_get
#define el_line ed.el_line
#define el_insertstr ed.el_insertstr
#define el_deletestr ed.el_deletestr
#define el_resize ed.el_resize
#define el_source ed.el_source
#define history_init ed.history_init
#define history_end ed.history_end
#define history ed.history

/* Finds libedit's functions; false (with the reason on stderr) when the
 * library or one of them is missing: then there is no line editing. */
static bool load_libedit(void) {
    static int loaded = -1;
    if (loaded >= 0) return loaded;
    loaded = 0;
    void *h = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "minigo: no line editing: %s\n", dlerror());
        return false;
    }
    static const char *const names[] = { "el_init", "el_end", "el_gets", "el_set", "el_get", "el_line",
                                         "el_insertstr", "el_deletestr", "el_resize", "el_source",
                                         "history_init", "history_end", "history" };
    void **slots = (void **)&ed;   /* the table's members, in the order of names */
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        void *f = dlsym(h, names[i]);
        if (!f) {
            fprintf(stderr, "minigo: no line editing: libedit.so.2 has no %s\n", names[i]);
            return false;
        }
        memcpy(&slots[i], &f, sizeof f);   /* POSIX: a function's address, as a void * */
    }
    loaded = 1;
    return true;
}

#define HISTORY_SIZE 1000
#define FALLBACK_KEEP 512   /* bytes a full-pipe fallback leaves in the pipe */

static EditLine *el;
static History *hist;
static char *hist_path;
static LeCompleteFn complete_fn;
static char *prompt_text;               /* le_read's prompt, for prompt_fn */
static struct termios saved_tio;        /* the terminal at le_open */
static bool have_tio, closed, stderr_tty;

static int out_pipe[2] = {-1, -1};      /* the hook's bytes, to le_getc */
static int sig_pipe[2] = {-1, -1};      /* 'I' SIGINT, 'W' SIGWINCH */
static bool got_interrupt;              /* le_getc saw 'I' (reader only) */

static pthread_mutex_t le_mu = PTHREAD_MUTEX_INITIALIZER;
/* Under le_mu: */
static bool passthrough;
static bool reading;                    /* le_read is in el_gets ... */
static pthread_t reader;                /* ... on this thread */
static int tail_col;                    /* see the glossary; 0: no tail */
static bool area_gone;                  /* a fallback wrote over the area */
static int out_col;                     /* column of the output written so far */
static int esc_state;                   /* 0 text, 1 after ESC, 2 in ESC [ */

/* ---- Terminal output ---- */

static void write_all(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void put_str(const char *s) { write_all(1, s, strlen(s)); }

static int term_width(void) {
    int co = 0;
    if (el && el_get(el, EL_GETTC, "co", &co) != 0) co = 0;
    return co > 0 ? co : 80;
}

/* Writes goroutine output to the terminal (in raw mode: '\n' becomes
 * "\r\n") and follows the column it ends in. le_mu held. */
static void term_write_locked(const char *s, size_t n) {
    int width = term_width();
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (esc_state == 1) {            /* ESC x: x ends it, unless '[' */
            esc_state = c == '[' ? 2 : 0;
            continue;
        }
        if (esc_state == 2) {            /* ESC [ params final */
            if (c >= 0x40 && c <= 0x7e) esc_state = 0;
            continue;
        }
        if (c == '\n') {
            write_all(1, s + from, i - from);
            write_all(1, "\r\n", 2);
            from = i + 1;
            out_col = 0;
        } else if (c == '\r') {
            out_col = 0;
        } else if (c == '\b') {
            if (out_col > 0) out_col--;
        } else if (c == '\t') {
            out_col = (out_col % width / 8 + 1) * 8;
            if (out_col >= width) out_col = width - 1;
        } else if (c == 0x1b) {
            esc_state = 1;
        } else if (c < 0x20 || c == 0x7f || (c & 0xc0) == 0x80) {
            /* controls and UTF-8 continuation bytes take no column */
        } else {
            if (out_col >= width) out_col = 0;   /* the pending wrap */
            out_col++;
        }
    }
    write_all(1, s + from, n - from);
}

/* Ends a stretch of output before the prompt is drawn again: a tail gets
 * the prompt onto its own row. le_mu held. */
static void end_output_locked(void) {
    if (out_col > 0) put_str("\r\n");
    tail_col = out_col < term_width() ? out_col : 0;
    out_col = 0;
}

/* Empties the out pipe onto the terminal; whether it held anything.
 * le_mu held. */
static bool drain_locked(void) {
    char buf[4096];
    bool any = false;
    for (;;) {
        ssize_t k = read(out_pipe[0], buf, sizeof buf);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return any;
        term_write_locked(buf, (size_t)k);
        any = true;
    }
}

/* ---- The edit area ---- */

/* Advances (*row, *col) over s[0, n) laid out as libedit's refresh does:
 * a character that does not fit goes to the next row, the cursor moves to
 * the next row after the last column, '\n' starts a row, a tab pads to a
 * multiple of 8, a control character shows as ^X. */
static void lay_out(const char *s, size_t n, int width, int *row, int *col) {
    mbstate_t st;
    memset(&st, 0, sizeof st);
    for (size_t i = 0; i < n;) {
        wchar_t wc;
        size_t k = mbrtowc(&wc, s + i, n - i, &st);
        if (k == (size_t)-1 || k == (size_t)-2) {
            memset(&st, 0, sizeof st);
            wc = (unsigned char)s[i];
            k = 1;
        } else if (k == 0) {
            k = 1;
        }
        i += k;
        int cells, w;
        if (wc == L'\n') {
            (*row)++;
            *col = 0;
            continue;
        } else if (wc == L'\t') {
            cells = 8 - *col % 8;
            w = 1;
        } else if (wc < 0x20 || wc == 0x7f) {
            cells = 2;
            w = 1;
        } else {
            w = wcwidth(wc);
            if (w < 0) w = wc > 0xffff ? 8 : 7;   /* shown as \U+XXXX */
            cells = 1;
            if (w > 1 && *col + w > width) { (*row)++; *col = 0; }
        }
        for (int c = 0; c < cells; c++) {
            *col += w;
            if (*col >= width) { (*row)++; *col = 0; }
        }
    }
}

/* Where the cursor (at_end false) or the end of the line is, counted from
 * the start of the edit area. */
static void area_pos(bool at_end, int *row, int *col) {
    const LineInfo *li = el_line(el);
    int width = term_width();
    *row = *col = 0;
    lay_out(prompt_text, strlen(prompt_text), width, row, col);
    const char *stop = at_end ? li->lastchar : li->cursor;
    lay_out(li->buffer, (size_t)(stop - li->buffer), width, row, col);
}

/* Moves the cursor to where the next output goes, the start of the edit
 * area or the end of the tail above it, and clears to the end of the
 * screen. le_mu held. */
static void erase_area_locked(void) {
    char seq[64];
    int row, col, n = 0;
    if (area_gone) return;
    area_pos(false, &row, &col);
    int up = row + (tail_col > 0 ? 1 : 0);
    if (up > 0) n += snprintf(seq + n, sizeof seq - (size_t)n, "\033[%dA", up);
    n += snprintf(seq + n, sizeof seq - (size_t)n, "\r");
    if (tail_col > 0) n += snprintf(seq + n, sizeof seq - (size_t)n, "\033[%dC", tail_col);
    snprintf(seq + n, sizeof seq - (size_t)n, "\033[J");
    put_str(seq);
    out_col = tail_col;
    tail_col = 0;
}

/* Moves the cursor from where libedit left it to the end of the line. */
static void move_to_end(void) {
    char seq[64];
    int row, col, erow, ecol, n = 0;
    area_pos(false, &row, &col);
    area_pos(true, &erow, &ecol);
    if (erow > row) n += snprintf(seq + n, sizeof seq - (size_t)n, "\033[%dB", erow - row);
    n += snprintf(seq + n, sizeof seq - (size_t)n, "\r");
    if (ecol > 0) snprintf(seq + n, sizeof seq - (size_t)n, "\033[%dC", ecol);
    put_str(seq);
}

/* Shows what the out pipe holds above the prompt, then redraws. */
static void show_output(void) {
    char buf[4096];
    pthread_mutex_lock(&le_mu);
    ssize_t k = read(out_pipe[0], buf, sizeof buf);
    if (k <= 0) {
        pthread_mutex_unlock(&le_mu);
        return;
    }
    erase_area_locked();
    area_gone = false;
    term_write_locked(buf, (size_t)k);
    drain_locked();
    end_output_locked();
    pthread_mutex_unlock(&le_mu);
    el_set(el, EL_REFRESH);
}

/* ---- The output hook (io.c calls it with out_lock held) ---- */

static void out_hook(int fd, const char *s, size_t n) {
    if (fd == 2 && !stderr_tty) {   /* not the terminal: nothing to redraw */
        write_all(fd, s, n);
        return;
    }
    pthread_mutex_lock(&le_mu);
    if (passthrough) {
        drain_locked();
        write_all(fd, s, n);
        pthread_mutex_unlock(&le_mu);
        return;
    }
    while (n) {
        ssize_t w = write(out_pipe[1], s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        s += w;
        n -= (size_t)w;
    }
    if (n) {
        /* The pipe is full: the reader is late. Write straight through,
         * after the pipe's bytes, and leave the last few in the pipe so
         * that the reader still wakes up and redraws the prompt. */
        if (!area_gone) {
            put_str("\r\033[K");
            area_gone = true;
            out_col = 0;
            tail_col = 0;
        }
        drain_locked();
        size_t keep = n < FALLBACK_KEEP ? n : FALLBACK_KEEP;
        term_write_locked(s, n - keep);
        write_all(out_pipe[1], s + n - keep, keep);
    }
    pthread_mutex_unlock(&le_mu);
}

/* ---- Signals ---- */

static void on_signal(int sig) {
    int e = errno;
    char c = sig == SIGINT ? 'I' : 'W';
    ssize_t r = write(sig_pipe[1], &c, 1);
    (void)r;
    errno = e;
}

/* ---- libedit's character source ---- */

static int le_getc(EditLine *e, wchar_t *wc) {
    char buf[MB_LEN_MAX];
    size_t have = 0;
    (void)e;
    for (;;) {
        struct pollfd p[3] = {
            {.fd = 0, .events = POLLIN},
            {.fd = out_pipe[0], .events = POLLIN},
            {.fd = sig_pipe[0], .events = POLLIN},
        };
        if (poll(p, 3, -1) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (p[2].revents & POLLIN) {
            char sigs[32];
            ssize_t k = read(sig_pipe[0], sigs, sizeof sigs);
            bool intr = false, winch = false;
            for (ssize_t i = 0; i < k; i++) {
                if (sigs[i] == 'I') intr = true;
                else winch = true;
            }
            if (winch) {
                el_resize(el);
                pthread_mutex_lock(&le_mu);
                tail_col = 0;            /* the terminal rewrapped the rows */
                erase_area_locked();
                out_col = 0;
                pthread_mutex_unlock(&le_mu);
                el_set(el, EL_REFRESH);
            }
            if (intr) {
                got_interrupt = true;
                errno = EINTR;
                return -1;
            }
        }
        if (p[1].revents & POLLIN) show_output();
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t k = read(0, buf + have, 1);
            if (k < 0) {
                if (errno == EINTR || errno == EAGAIN) continue;
                return -1;
            }
            if (k == 0) {
                *wc = 0;
                return 0;
            }
            have++;
            mbstate_t st;
            memset(&st, 0, sizeof st);
            size_t d = mbrtowc(wc, buf, have, &st);
            if (d == (size_t)-2 && have < sizeof buf) continue;   /* more bytes */
            if (d == (size_t)-1 || d == (size_t)-2) {
                have = 0;                /* not a character: drop it */
                continue;
            }
            return 1;
        }
    }
}

/* ^C read as a key (the terminal's ISIG turned off, by an ~/.editrc
 * say): what SIGINT does. */
static unsigned char interrupt_cmd(EditLine *e, int ch) {
    (void)e;
    (void)ch;
    got_interrupt = true;
    return CC_EOF;
}

static char *prompt_fn(EditLine *e) {
    (void)e;
    return prompt_text ? prompt_text : (char *)"";
}

/* ---- Completion (Tab) ---- */

/* Characters (not bytes) in s[0, n) of UTF-8. */
static int char_count(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
    return c;
}

/* Lists candidates under the line, in columns; the caller redraws. */
static void list_candidates(char **cand, size_t n) {
    size_t maxw = 0;
    for (size_t i = 0; i < n; i++) {
        size_t w = (size_t)char_count(cand[i], strlen(cand[i]));
        if (w > maxw) maxw = w;
    }
    size_t width = (size_t)term_width();
    size_t colw = maxw + 2;
    size_t cols = colw < width ? width / colw : 1;
    size_t rows = (n + cols - 1) / cols;
    pthread_mutex_lock(&le_mu);
    move_to_end();
    put_str("\r\n");
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < cols; c++) {
            size_t i = c * rows + r;
            if (i >= n) break;
            put_str(cand[i]);
            if (c + 1 < cols && i + rows < n) {
                size_t pad = colw - (size_t)char_count(cand[i], strlen(cand[i]));
                while (pad--) put_str(" ");
            }
        }
        put_str("\r\n");
    }
    tail_col = 0;
    pthread_mutex_unlock(&le_mu);
}

/* Replaces [start, cursor) of the line (line is a copy of it) with repl. */
static void replace_word(const char *line, int start, int cursor, const char *repl, size_t len) {
    el_deletestr(el, char_count(line + start, (size_t)(cursor - start)));
    char *r = strndup(repl, len);
    if (r) el_insertstr(el, r);
    free(r);
}

static unsigned char complete_cmd(EditLine *e, int ch) {
    (void)ch;
    const LineInfo *li = el_line(e);
    int cursor = (int)(li->cursor - li->buffer);
    char *line = strndup(li->buffer, (size_t)(li->lastchar - li->buffer));
    if (!line) return CC_ERROR;
    /* At the start of a line (or in its indentation) Tab indents. */
    bool blank = true;
    for (int i = cursor - 1; i >= 0 && line[i] != '\n'; i--)
        if (line[i] != ' ' && line[i] != '\t') { blank = false; break; }
    if (blank) {
        free(line);
        el_insertstr(e, "\t");
        return CC_REFRESH;
    }
    int start = cursor;
    char **cand = complete_fn ? complete_fn(line, cursor, &start) : NULL;
    unsigned char ret = CC_REFRESH;
    size_t n = 0;
    while (cand && cand[n]) n++;
    if (start < 0 || start > cursor) n = 0;
    if (n == 0) {
        ret = CC_REFRESH_BEEP;
    } else if (n == 1) {
        replace_word(line, start, cursor, cand[0], strlen(cand[0]));
    } else {
        /* the longest common prefix, cut at a character boundary */
        size_t lcp = strlen(cand[0]);
        for (size_t i = 1; i < n; i++) {
            size_t j = 0;
            while (j < lcp && cand[i][j] == cand[0][j]) j++;
            lcp = j;
        }
        while (lcp > 0 && ((unsigned char)cand[0][lcp] & 0xc0) == 0x80) lcp--;
        size_t have = (size_t)(cursor - start);
        if (lcp > have || (lcp == have && strncmp(cand[0], line + start, lcp) != 0)) {
            replace_word(line, start, cursor, cand[0], lcp);
        } else {
            list_candidates(cand, n);
            el_set(e, EL_REFRESH);
            ret = CC_NORM;
        }
    }
    for (size_t i = 0; cand && cand[i]; i++) free(cand[i]);
    free(cand);
    free(line);
    return ret;
}

/* ---- History ---- */

static void save_history(void) {
    HistEvent ev;
    if (hist && hist_path) history(hist, &ev, H_SAVE, hist_path);
}

void le_history_add(const char *entry) {
    HistEvent ev;
    if (!hist || !entry || !*entry) return;
    history(hist, &ev, H_ENTER, entry);
    save_history();   /* at once: a crash keeps the session's history */
}

/* ---- Opening, reading, closing ---- */

static void at_exit(void) { le_close(); }

static bool make_pipe(int p[2]) {
    if (pipe(p) != 0) return false;
    for (int i = 0; i < 2; i++) {
        fcntl(p[i], F_SETFL, fcntl(p[i], F_GETFL) | O_NONBLOCK);
        fcntl(p[i], F_SETFD, FD_CLOEXEC);
    }
    return true;
}

/* The terminal between prompts: as at le_open, without echo. */
static void be_quiet(void) {
    if (!have_tio) return;
    struct termios quiet = saved_tio;
    quiet.c_lflag &= (tcflag_t)~(ECHO | ECHONL);
    tcsetattr(0, TCSADRAIN, &quiet);
}

bool le_open(const char *history_path, LeCompleteFn complete) {
    static bool registered;
    HistEvent ev;
    if (el) return true;
    if (!load_libedit()) return false;
    /* libedit decodes keys and lays text out by the locale's encoding;
     * Go source is UTF-8. */
    if (!setlocale(LC_CTYPE, "") || strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    have_tio = tcgetattr(0, &saved_tio) == 0;
    be_quiet();   /* what is typed before the first prompt is shown by it */
    if (out_pipe[0] < 0 && !make_pipe(out_pipe)) return false;
    if (sig_pipe[0] < 0 && !make_pipe(sig_pipe)) return false;
    stderr_tty = isatty(2);
    complete_fn = complete;
    closed = false;

    hist = history_init();
    if (hist) {
        history(hist, &ev, H_SETSIZE, HISTORY_SIZE);
        history(hist, &ev, H_SETUNIQUE, 1);
        if (history_path) {
            hist_path = strdup(history_path);
            int fd = open(history_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
            if (fd >= 0) close(fd);
            history(hist, &ev, H_LOAD, history_path);
        }
    }

    el = el_init("minigo", stdin, stdout, stderr);
    if (!el) return false;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 0);
    el_set(el, EL_PROMPT, prompt_fn);
    el_set(el, EL_GETCFN, le_getc);
    if (hist) el_set(el, EL_HIST, history, hist);
    el_set(el, EL_ADDFN, "minigo-complete", "complete a name", complete_cmd);
    el_set(el, EL_BIND, "^I", "minigo-complete", NULL);
    el_set(el, EL_ADDFN, "minigo-interrupt", "abandon the input", interrupt_cmd);
    el_set(el, EL_BIND, "^C", "minigo-interrupt", NULL);
    /* keys libedit's emacs map leaves out: search, word moves, Home/End, Delete */
    static const char *const keys[][2] = {
        { "^R", "em-inc-search-prev" }, { "^W", "ed-delete-prev-word" },
        { "\033[1;5C", "em-next-word" }, { "\033[1;5D", "ed-prev-word" },
        { "\033[3~", "ed-delete-next-char" }, { "\033[H", "ed-move-to-beg" },
        { "\033[1~", "ed-move-to-beg" }, { "\033[F", "ed-move-to-end" }, { "\033[4~", "ed-move-to-end" },
    };
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) el_set(el, EL_BIND, keys[k][0], keys[k][1], NULL);
    el_source(el, NULL);   /* ~/.editrc, lines for all programs or "minigo:" */
    if (!registered) {
        atexit(at_exit);
        registered = true;
    }
    return true;
}

char *le_read(const char *prompt, bool *interrupted) {
    struct sigaction sa, old_int, old_winch;
    char c[32];
    int count = 0;
    if (interrupted) *interrupted = false;
    if (!el || closed) return NULL;

    free(prompt_text);
    prompt_text = strdup(prompt ? prompt : "");
    got_interrupt = false;
    while (read(sig_pipe[0], c, sizeof c) > 0) {}   /* stale signals */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGWINCH, &sa, &old_winch);

    pthread_mutex_lock(&le_mu);
    passthrough = false;
    area_gone = false;
    tail_col = out_col = esc_state = 0;
    reading = true;
    reader = pthread_self();
    pthread_mutex_unlock(&le_mu);
    out_set_hook(out_hook);

    /* Raw mode before the prompt shows: el_gets would switch after
     * drawing it, and a key typed in between would meet the cooked
     * terminal (a ^D there is lost). */
    el_set(el, EL_PREP_TERM, 1);
    const char *line = el_gets(el, &count);
    char *result = NULL;
    if (got_interrupt) {
        move_to_end();
        put_str("^C\n");
    } else if (line && count > 0) {
        size_t n = (size_t)count;
        if (line[n - 1] == '\n') n--;
        result = strndup(line, n);
    }   /* else the end of input: libedit has echoed ^D, the caller ends the line */

    /* Output still in the pipe goes out now, before anything written after
     * the hook is gone. */
    pthread_mutex_lock(&le_mu);
    passthrough = true;
    drain_locked();
    reading = false;
    pthread_mutex_unlock(&le_mu);
    out_set_hook(NULL);

    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGWINCH, &old_winch, NULL);
    if (got_interrupt && interrupted) *interrupted = true;
    /* Until the next le_read the terminal does not echo: what is typed
     * ahead while an input compiles and runs is shown once, by libedit,
     * when the next prompt reads it (cooked echo would show it twice). */
    if (result) be_quiet();
    return result;
}

void le_close(void) {
    if (!el || closed) return;
    closed = true;
    pthread_mutex_lock(&le_mu);
    bool other = reading && !pthread_equal(reader, pthread_self());
    if (other) {
        /* An exit while the prompt waits: the prompt row goes, the output
         * not yet shown comes out, and libedit (in use on the other
         * thread) is left alone. */
        put_str("\r\033[K");
        tail_col = 0;
    }
    passthrough = true;
    drain_locked();
    if (other && out_col > 0) put_str("\r\n");
    pthread_mutex_unlock(&le_mu);
    out_set_hook(NULL);
    save_history();
    if (other) {
        if (have_tio) tcsetattr(0, TCSADRAIN, &saved_tio);
        return;
    }
    el_end(el);
    el = NULL;
    if (hist) history_end(hist);
    hist = NULL;
    free(hist_path);
    hist_path = NULL;
    if (have_tio) tcsetattr(0, TCSADRAIN, &saved_tio);
}
