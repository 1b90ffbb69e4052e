#include "record_cmds.h"
const char usage_export[] = "usage: incidesk export\n";
int cmd_export(int argc, char **argv) { (void)argc, (void)argv; return 2; }
