#include "CKernels.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending = 0;

void tina_interrupt_set(void) { pending = 1; }
void tina_interrupt_clear(void) { pending = 0; }
int tina_interrupt_pending(void) { return pending; }

/* A crash that cannot be prevented (a memory-mapped weights file cut short on disk raises SIGBUS,
   a bug SIGSEGV, a Swift runtime trap SIGILL/SIGTRAP) ends the process at once with one line and
   status 70: never a core dump or a backtracer that holds the terminal. Only async-signal-safe
   calls here. */
static char crash_note[512];

static void crash_handler(int sig) {
    const char *what = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS (a memory-mapped file changed or was cut short on disk?)"
                     : sig == SIGFPE ? "SIGFPE" : "a runtime trap";
    static const char head[] = "\ntina-repl: crashed with ";
    (void)!write(2, head, sizeof head - 1);
    (void)!write(2, what, strlen(what));
    (void)!write(2, crash_note, strlen(crash_note));
    _exit(70);
}

void tina_install_crash_handler(const char *note) {
    strncpy(crash_note, note, sizeof crash_note - 1);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = crash_handler;
    /* The handler runs on a stack of its own: a stack overflow is one of the crashes. */
    static char alt[1 << 16];
    stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    action.sa_flags = SA_ONSTACK;
    int signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}
