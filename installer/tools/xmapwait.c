/* xmapwait [-t SECONDS] [-p TEXT] [-w MS] [-k] [-v] -- COMMAND [ARG...]
 *
 * Start-up of a GUI program timed from outside: starts COMMAND and reports, on a monotonic clock from just before
 * the fork, when the first top-level window is MAPPED on the X display (MapNotify on the root window, override-
 * redirect windows such as menus and tooltips ignored) and when the program has first DRAWN into it (two pixel
 * rows, read every 5 ms, differ from what they were at the map: the first frame). Then it closes the window as a
 * window manager's close button does (WM_DELETE_WINDOW) and waits for COMMAND to exit, so programs that write files
 * on close (a database, an AOT cache) end normally. Meant for Xvfb, which has no window manager.
 *
 *   -p TEXT   COMMAND's stdout and stderr go through a pipe and are copied to stdout; the time of the first line
 *             containing TEXT is reported too (e.g. "data_ms=" for the line the app logs once its data is on
 *             screen), and the window is closed only after that line (or when COMMAND exits).
 *   -w MS     wait MS milliseconds more before closing (e.g. to let a training run finish its background work).
 *   -k        do not close the window: SIGKILL COMMAND's process group once the window is mapped and drawn.
 *   -t S      give up after S seconds (default 60): kill COMMAND, exit 124.
 *   -v        log the X events seen (to stderr).
 *
 * Last line on stdout:  xmapwait map_ms=M paint_ms=P text_ms=T exit_ms=E rc=RC t0_ns=START changes_ms=A,B,...
 * (-1 for what did not happen; changes_ms: every time the two sampled rows changed, up to 8, until the close: the
 * first frame, then e.g. the frame where data appear; an animation in those rows shows as a change every frame).
 * Exit status: COMMAND's, 1 if no window was mapped, 124 on time-out.
 *
 * COMMAND gets XMAPWAIT_T0_NS in its environment: the start on CLOCK_MONOTONIC in nanoseconds, the clock of Java's
 * System.nanoTime() and of -Xlog's "timenanos" decoration on Linux, so events inside the JVM can be put on the
 * same time line (subtract it).
 *
 * Build: cc -O2 -o xmapwait xmapwait.c -lX11    (Debian: libx11-dev)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>

#define MAX_CHANGES 8

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void send_close(Display *d, Window w) {
    XEvent ev;
    memset(&ev, 0, sizeof ev);
    ev.xclient.type = ClientMessage;
    ev.xclient.window = w;
    ev.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
    ev.xclient.format = 32;
    ev.xclient.data.l[0] = (long) XInternAtom(d, "WM_DELETE_WINDOW", False);
    ev.xclient.data.l[1] = CurrentTime;
    XSendEvent(d, w, False, NoEventMask, &ev);
    XFlush(d);
}

/* A checksum of two pixel rows (at 1/3 and 2/3 of the height): changes when the program draws its first frame
   into the newly mapped window (its background was never painted: it reads black until then). Two 1-pixel rows
   cost a few microseconds per read, unlike polling the whole window. */
static void row_sum(Display *d, Window w, int width, int height, unsigned long out[2]) {
    for (int i = 0; i < 2; i++) {
        out[i] = 0;
        if (width <= 0 || height <= 0) {
            continue;
        }
        XImage *img = XGetImage(d, w, 0, height * (i + 1) / 3, (unsigned) width, 1, AllPlanes, ZPixmap);
        if (!img) {
            continue;
        }
        unsigned long h = 1469598103934665603UL;
        for (int x = 0; x < width; x++) {
            h = (h ^ XGetPixel(img, x, 0)) * 1099511628211UL;
        }
        out[i] = h;
        XDestroyImage(img);
    }
}

static int ignore_x_errors(Display *d, XErrorEvent *e) {
    (void) d;
    (void) e;
    return 0;
}

int main(int argc, char **argv) {
    double timeout_s = 60;
    const char *text = NULL;
    long wait_ms = 0;
    int kill_mode = 0;
    int verbose = 0;
    int opt;
    while ((opt = getopt(argc, argv, "+t:p:w:kv")) != -1) {
        switch (opt) {
            case 't': timeout_s = atof(optarg); break;
            case 'p': text = optarg; break;
            case 'w': wait_ms = atol(optarg); break;
            case 'k': kill_mode = 1; break;
            case 'v': verbose = 1; break;
            default:
                fprintf(stderr, "usage: xmapwait [-t SECONDS] [-p TEXT] [-w MS] [-k] -- COMMAND [ARG...]\n");
                return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: xmapwait [-t SECONDS] [-p TEXT] [-w MS] [-k] -- COMMAND [ARG...]\n");
        return 2;
    }
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "xmapwait: cannot open display\n");
        return 2;
    }
    XSetErrorHandler(ignore_x_errors);
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask);
    XSync(d, False);

    int pipefd[2] = {-1, -1};
    if (text && pipe2(pipefd, O_CLOEXEC) != 0) {
        perror("xmapwait: pipe");
        return 2;
    }
    fflush(stdout);
    double t0 = now_ms();
    char t0s[32];
    snprintf(t0s, sizeof t0s, "%.0f", t0 * 1e6);
    setenv("XMAPWAIT_T0_NS", t0s, 1); /* CLOCK_MONOTONIC, as Java's System.nanoTime() and -Xlog's timenanos */
    pid_t pid = fork();
    if (pid < 0) {
        perror("xmapwait: fork");
        return 2;
    }
    if (pid == 0) {
        setpgid(0, 0);
        close(ConnectionNumber(d));
        if (text) {
            dup2(pipefd[1], 1);
            dup2(pipefd[1], 2);
        }
        execvp(argv[optind], argv + optind);
        fprintf(stderr, "xmapwait: cannot run %s: %s\n", argv[optind], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);
    if (text) {
        close(pipefd[1]);
    }

    double t_map = -1, t_paint = -1, t_text = -1, t_exit = -1, t_close = -1;
    Window win = 0;
    int win_w = 0, win_h = 0;
    unsigned long base[2] = {0, 0}, cur[2];
    double changes[MAX_CHANGES];
    int n_changes = 0;
    int rc = -1, exited = 0, pipe_open = text != NULL;
    char line[65536];
    size_t line_len = 0;
    double deadline = t0 + timeout_s * 1e3;
    int xfd = ConnectionNumber(d);

    while (!exited || pipe_open) {
        while (XPending(d)) {
            XEvent ev;
            XNextEvent(d, &ev);
            if (ev.type == MapNotify && t_map < 0 && !ev.xmap.override_redirect && ev.xmap.event == root) {
                t_map = now_ms();
                win = ev.xmap.window;
                XWindowAttributes wa;
                if (XGetWindowAttributes(d, win, &wa)) {
                    win_w = wa.width;
                    win_h = wa.height;
                }
                row_sum(d, win, win_w, win_h, base);
            } else if (verbose) {
                fprintf(stderr, "xmapwait: event %d at %.1f ms\n", ev.type, now_ms() - t0);
            }
        }
        if (!exited) {
            int st;
            pid_t r = waitpid(pid, &st, WNOHANG);
            if (r == pid) {
                exited = 1;
                t_exit = now_ms();
                rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            }
        }
        if (!exited && t_map >= 0 && t_close < 0 && n_changes < MAX_CHANGES) {
            row_sum(d, win, win_w, win_h, cur);
            if (cur[0] != base[0] || cur[1] != base[1]) {
                double t = now_ms();
                if (t_paint < 0) {
                    t_paint = t;
                }
                changes[n_changes++] = t - t0;
                base[0] = cur[0];
                base[1] = cur[1];
                if (verbose) {
                    fprintf(stderr, "xmapwait: rows changed at %.1f ms\n", t - t0);
                }
            }
        }
        double t = now_ms();
        if (!exited && t_close < 0 && t_map >= 0) {
            int drawn = t_paint >= 0 || t - t_map > 3000;
            int seen = text == NULL || t_text >= 0;
            double ready = t_map;
            if (t_paint > ready) ready = t_paint;
            if (t_text > ready) ready = t_text;
            if (drawn && seen && t - ready >= wait_ms) {
                t_close = t;
                if (kill_mode) {
                    kill(-pid, SIGKILL);
                } else {
                    send_close(d, win);
                }
            }
        }
        if (t > deadline) {
            kill(-pid, SIGKILL);
            waitpid(pid, NULL, 0);
            printf("xmapwait: time-out after %.0f s\n", timeout_s);
            printf("xmapwait map_ms=%.1f paint_ms=%.1f text_ms=%.1f exit_ms=-1 rc=124\n",
                   t_map < 0 ? -1 : t_map - t0, t_paint < 0 ? -1 : t_paint - t0, t_text < 0 ? -1 : t_text - t0);
            return 124;
        }
        struct pollfd fds[2];
        int n = 0;
        fds[n].fd = xfd;
        fds[n].events = POLLIN;
        n++;
        if (pipe_open) {
            fds[n].fd = pipefd[0];
            fds[n].events = POLLIN;
            n++;
        }
        XFlush(d);
        poll(fds, n, exited ? 50 : 5);
        if (pipe_open && (fds[1].revents & (POLLIN | POLLHUP))) {
            ssize_t got = read(pipefd[0], line + line_len, sizeof line - 1 - line_len);
            if (got <= 0) {
                pipe_open = 0;
                if (line_len) {
                    fwrite(line, 1, line_len, stdout);
                    putchar('\n');
                }
            } else {
                line_len += (size_t) got;
                char *start = line, *nl;
                while ((nl = memchr(start, '\n', line_len - (size_t) (start - line))) != NULL) {
                    *nl = 0;
                    if (t_text < 0 && strstr(start, text)) {
                        t_text = now_ms();
                    }
                    puts(start);
                    start = nl + 1;
                }
                line_len -= (size_t) (start - line);
                memmove(line, start, line_len);
                if (line_len == sizeof line - 1) {
                    fwrite(line, 1, line_len, stdout);
                    line_len = 0;
                }
            }
        }
        if (exited && pipe_open && now_ms() - t_exit > 2000) {
            pipe_open = 0; /* a grandchild still holds the pipe: stop reading */
        }
    }
    XCloseDisplay(d);
    char list[MAX_CHANGES * 12 + 2] = "-";
    for (int i = 0, at = 0; i < n_changes; i++) {
        at += snprintf(list + at, sizeof list - (size_t) at, i ? ",%.0f" : "%.0f", changes[i]);
    }
    printf("xmapwait map_ms=%.1f paint_ms=%.1f text_ms=%.1f exit_ms=%.1f rc=%d t0_ns=%s changes_ms=%s\n",
           t_map < 0 ? -1 : t_map - t0, t_paint < 0 ? -1 : t_paint - t0, t_text < 0 ? -1 : t_text - t0,
           t_exit - t0, rc, t0s, list);
    fflush(stdout);
    return t_map < 0 ? 1 : rc;
}
