// Declarations only (include/CLibFuzzer.h); libFuzzer itself is linked by Scripts/fuzz.sh.
#include "CLibFuzzer.h"
