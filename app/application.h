// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chrono::ui {

/// Looks at argv before any application object exists: `validate`, `list`, `--help` and
/// `--version` get a QCoreApplication; `export` an offscreen QApplication (Qt Charts needs
/// the graphics-view framework) and no window; anything else opens the window.
int runApplication(int argc, char** argv);

} // namespace chrono::ui
