/* cmd_desk.h - the commands that open the desk (SDL2): `play`, `desk` (the menu, also what
 * `incidesk` with no arguments runs) `screenshot` (one frame rendered offscreen) and `replay` (a finished record, read-only). */
#ifndef INCIDESK_CMD_DESK_H
#define INCIDESK_CMD_DESK_H

extern const char usage_play[];
extern const char usage_desk[];
extern const char usage_screenshot[];
extern const char usage_replay[];
int cmd_play(int argc, char **argv);
int cmd_desk(int argc, char **argv);
int cmd_screenshot(int argc, char **argv);
int cmd_replay(int argc, char **argv);

/* Shared by the desk commands: the options they have in common. */
typedef struct DeskOpts {
  const char *scenario, *scenarios, *records, *out, *procedure, *trainee, *mode, *font_dir;
  unsigned long long seed;
} DeskOpts;

/* Takes the option at argv[*i] if it is a common one (moving *i past its value). Returns
 * 1 taken, 0 not a common option, 2 bad (one line printed for command cmd). */
int desk_opt(const char *cmd, int argc, char **argv, int *i, DeskOpts *o);
/* Prints "incidesk: CMD: MESSAGE (see incidesk CMD --help)" and returns 2. */
int desk_bad_usage(const char *cmd, const char *fmt, const char *arg);

#endif
