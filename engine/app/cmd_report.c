#include "record_cmds.h"
const char usage_report[] = "usage: incidesk report\n";
int cmd_report(int argc, char **argv) { (void)argc, (void)argv; return 2; }
