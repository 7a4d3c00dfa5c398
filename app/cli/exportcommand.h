// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QStringList>

namespace chrono::ui::cli {

/// `chronoscope export [OPTIONS] -o OUT`: renders with no window. `args` excludes "export".
/// Needs a QApplication (Qt Charts uses the graphics-view framework); no window is shown.
int runExport(const QStringList& args);

} // namespace chrono::ui::cli
