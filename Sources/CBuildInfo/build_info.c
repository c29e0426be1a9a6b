#include "build_info.h"

const char *build_site_commit(void) { return BUILD_SITE_COMMIT; }
