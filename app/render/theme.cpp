// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/theme.h"

namespace chrono::ui {

Theme Theme::light()
{
    Theme t;
    t.kind = Kind::Light;
    t.background = QColor(0xff, 0xff, 0xff);
    t.surface = QColor(0xf4, 0xf5, 0xf7);
    t.alternateLane = QColor(0xf8, 0xf9, 0xfb);
    t.text = QColor(0x1f, 0x23, 0x28);
    t.mutedText = QColor(0x65, 0x6d, 0x76);
    t.grid = QColor(0xe3, 0xe6, 0xea);
    t.axis = QColor(0x8c, 0x95, 0x9f);
    t.accent = QColor(0xd0, 0x3b, 0x2f);
    t.eraFill = QColor(0xff, 0xd5, 0x4f, 60);
    t.fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x16, 0x1b, 0x22);
    t.surface = QColor(0x21, 0x26, 0x2d);
    t.alternateLane = QColor(0x1b, 0x20, 0x27);
    t.text = QColor(0xe6, 0xed, 0xf3);
    t.mutedText = QColor(0x9d, 0xa7, 0xb3);
    t.grid = QColor(0x30, 0x36, 0x3d);
    t.axis = QColor(0x6e, 0x76, 0x81);
    t.accent = QColor(0xff, 0x7b, 0x72);
    t.eraFill = QColor(0xff, 0xd5, 0x4f, 40);
    t.fontFamily = QStringLiteral("WenQuanYi Micro Hei");
    return t;
}

Theme Theme::byName(QStringView name)
{
    return name == u"dark" ? dark() : light();
}

QFont Theme::font(qreal pixelSize, bool bold) const
{
    QFont f(fontFamily);
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QColor Theme::paletteColor(QStringView key)
{
    // A fixed, colour-blind-aware palette; FNV-1a of the key picks the entry, so the choice
    // does not depend on QHash seeding or on load order.
    static const QRgb PALETTE[] = { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
        0xff9da7, 0x9c755f, 0x5f6b7a, 0x2f9e8f, 0xc05780 };
    quint32 h = 2166136261u;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return QColor::fromRgb(PALETTE[h % (sizeof(PALETTE) / sizeof(PALETTE[0]))]);
}

QColor Theme::companyColor(const Company& company)
{
    const QColor own = QColor::fromString(company.color);
    return own.isValid() ? own : paletteColor(company.id);
}

} // namespace chrono::ui
