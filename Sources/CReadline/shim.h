#ifndef TINA_CREADLINE_SHIM_H
#define TINA_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline exposes its hooks as mutable globals; Swift gets typed accessors instead. */
typedef char *(*tina_rl_generator)(const char *text, int state);
static inline char *tina_readline(const char *prompt) { return readline(prompt); }
static inline void tina_add_history(const char *line) { add_history(line); }
static inline int tina_read_history(const char *path) { return read_history(path); }
static inline int tina_write_history(const char *path) { return write_history(path); }
static inline void tina_history_truncate(const char *path, int lines) { history_truncate_file(path, lines); }
static inline void tina_rl_set_completion(tina_rl_generator gen) {
    rl_completion_entry_function = (rl_compentry_func_t *)gen;
}
static inline void tina_rl_set_word_breaks(const char *chars) { rl_completer_word_break_characters = (char *)chars; }
static inline const char *tina_rl_line_buffer(void) { return rl_line_buffer; }
static inline int tina_rl_point(void) { return rl_point; }
static inline void tina_rl_set_catch_signals(int on) { rl_catch_signals = on; }
static inline void tina_rl_cleanup_after_signal(void) { rl_free_line_state(); rl_cleanup_after_signal(); }
static inline void tina_rl_new_line(void) { rl_replace_line("", 0); rl_crlf(); rl_on_new_line(); rl_redisplay(); }
/* Ctrl-C at the prompt: the front end reads keys itself so an interrupted read() can end the line. */
typedef int (*tina_rl_getc_func)(FILE *stream);
static inline void tina_rl_set_getc(tina_rl_getc_func f) { rl_getc_function = (rl_getc_func_t *)f; }
/* Multi-line cells stay one history entry across sessions (entries are delimited by timestamps). */
static inline void tina_history_keep_multiline(void) {
    history_comment_char = '#'; /* timestamps are written as "#<seconds>" lines */
    history_write_timestamps = 1;
    history_multiline_entries = 1;
}
static inline void tina_rl_set_append_character(int c) { rl_completion_append_character = c; }
#endif
