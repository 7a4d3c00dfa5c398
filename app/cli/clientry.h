// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chrono::ui {

/// Looks at argv before any application object exists: `export`, `validate`, `list`,
/// `--help` and `--version` run without widgets; anything else opens the window.
int runChronoscope(int argc, char** argv);

} // namespace chrono::ui
