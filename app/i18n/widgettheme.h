// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QString>

namespace chrono::ui {

/// "dark" when the palette the application started with is dark, else "light".
/// Qt 6.4 has no colour-scheme hint, so the window colour's lightness decides.
QString systemThemeName();

/**
 * @brief Makes the widgets follow the renderers' theme @p name ("light" or "dark").
 *
 * Dark: the Fusion style with a dark palette. Light: the style and palette the application
 * started with, unless the system itself is dark, then Fusion's light palette. Changing
 * the application palette repaints every widget, custom views included.
 */
void applyWidgetTheme(const QString& name);

} // namespace chrono::ui
