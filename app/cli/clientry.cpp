// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clientry.h"

namespace chrono::ui {

int runChronoscope(int argc, char** argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

} // namespace chrono::ui
