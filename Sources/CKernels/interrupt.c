#include "CKernels.h"
#include <signal.h>

static volatile sig_atomic_t pending = 0;

void tina_interrupt_set(void) { pending = 1; }
void tina_interrupt_clear(void) { pending = 0; }
int tina_interrupt_pending(void) { return pending; }
