// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clientry.h"

int main(int argc, char** argv)
{
    return chrono::ui::runChronoscope(argc, argv);
}
