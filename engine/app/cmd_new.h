/* cmd_new.h - the `new` command: starting files for authors. */
#ifndef INCIDESK_CMD_NEW_H
#define INCIDESK_CMD_NEW_H

extern const char usage_new[];
int cmd_new(int argc, char **argv);

#endif
