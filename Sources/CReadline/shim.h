#ifndef TNB_CREADLINE_SHIM_H
#define TNB_CREADLINE_SHIM_H
// GNU readline and its history, for the REPL's line editor (libreadline-dev).
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
