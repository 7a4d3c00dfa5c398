// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"

#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtGui/QFont>

namespace chrono::ui {

/// Colours and fonts shared by every renderer (widget and export alike).
struct Theme {
    enum class Kind { Light, Dark };
    Kind kind = Kind::Light;
    QColor background;
    QColor surface; ///< lane headers, panels
    QColor alternateLane; ///< every other lane's band
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor accent; ///< selection, today line
    QColor eraFill;
    QString fontFamily; ///< a family that has Latin and CJK glyphs (see docs/export.md)

    static Theme light();
    static Theme dark();
    static Theme byName(QStringView name); ///< "light" (default) or "dark"
    QString name() const { return kind == Kind::Dark ? QStringLiteral("dark") : QStringLiteral("light"); }

    /// A font of the theme's family at `pointSize` (pixel-stable: set in pixels at 96 dpi).
    QFont font(qreal pixelSize, bool bold = false) const;
    /// The company's own colour, or a stable palette colour derived from its id.
    static QColor companyColor(const Company& company);
    /// A stable palette colour for any key (same key, same colour, on every machine).
    static QColor paletteColor(QStringView key);
};

} // namespace chrono::ui
