// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QStringList>

namespace chrono::ui::cli {

/// `chronoscope validate FILE...`: every problem as FILE:LINE:COLUMN: message; exit 1 on any error.
/// With no FILE, validates the embedded dataset.
int runValidate(const QStringList& args);

/// `chronoscope list companies|categories|series|events [--input FILE]`: id, tab, display name.
int runList(const QStringList& args);

} // namespace chrono::ui::cli
