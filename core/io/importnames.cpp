// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importnames.h"

#include "core/io/columnroles.h"

#include <array>
#include <utility>

namespace chrono {

QString SlugIds::idFor(const QString& name, bool* isNew)
{
    const auto it = m_ids.constFind(name);
    if (isNew)
        *isNew = it == m_ids.cend();
    if (it != m_ids.cend())
        return *it;
    QString base = slugify(name);
    if (base.isEmpty())
        base = m_fallback;
    QString id = base;
    for (int n = 2; m_used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    m_used.insert(id);
    m_ids.insert(name, id);
    return id;
}

namespace {

QString hex(int r, int g, int b)
{
    return QStringLiteral("#%1%2%3").arg(r, 2, 16, QLatin1Char('0')).arg(g, 2, 16, QLatin1Char('0')).arg(b, 2, 16, QLatin1Char('0'));
}

/// The CSS named colours people write in class names and styles (CSS Color Module Level 4 values).
QString namedColor(QStringView name)
{
    static const std::array<std::pair<const char16_t*, const char*>, 40> NAMES { {
        { u"black", "#000000" }, { u"white", "#ffffff" }, { u"red", "#ff0000" }, { u"green", "#008000" },
        { u"blue", "#0000ff" }, { u"yellow", "#ffff00" }, { u"orange", "#ffa500" }, { u"purple", "#800080" },
        { u"gray", "#808080" }, { u"grey", "#808080" }, { u"silver", "#c0c0c0" }, { u"maroon", "#800000" },
        { u"olive", "#808000" }, { u"lime", "#00ff00" }, { u"aqua", "#00ffff" }, { u"cyan", "#00ffff" },
        { u"teal", "#008080" }, { u"navy", "#000080" }, { u"fuchsia", "#ff00ff" }, { u"magenta", "#ff00ff" },
        { u"pink", "#ffc0cb" }, { u"brown", "#a52a2a" }, { u"gold", "#ffd700" }, { u"indigo", "#4b0082" },
        { u"violet", "#ee82ee" }, { u"coral", "#ff7f50" }, { u"salmon", "#fa8072" }, { u"tomato", "#ff6347" },
        { u"crimson", "#dc143c" }, { u"turquoise", "#40e0d0" }, { u"steelblue", "#4682b4" }, { u"skyblue", "#87ceeb" },
        { u"lightblue", "#add8e6" }, { u"darkblue", "#00008b" }, { u"lightgreen", "#90ee90" }, { u"darkgreen", "#006400" },
        { u"darkred", "#8b0000" }, { u"lightgray", "#d3d3d3" }, { u"lightgrey", "#d3d3d3" }, { u"darkorange", "#ff8c00" },
    } };
    for (const auto& [n, value] : NAMES) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

bool hexDigits(QStringView t)
{
    for (QChar c : t) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return false;
    }
    return true;
}

} // namespace

QString cssColorToHex(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.startsWith(u'#')) {
        const QStringView digits = t.mid(1);
        if (!hexDigits(digits))
            return {};
        if (digits.size() == 6)
            return t.toString().toLower();
        if (digits.size() == 3) {
            QString out = QStringLiteral("#");
            for (QChar c : digits)
                out += QString(2, c.toLower());
            return out;
        }
        return {};
    }
    if (t.startsWith(u"rgb(", Qt::CaseInsensitive) && t.endsWith(u')'))
        return rgbTripleToHex(t.mid(4, t.size() - 5));
    return namedColor(t);
}

QString cssStyleColor(QStringView style)
{
    QString background, foreground;
    for (QStringView declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.first(colon).trimmed();
        QStringView value = declaration.mid(colon + 1).trimmed();
        if (value.endsWith(u"!important", Qt::CaseInsensitive))
            value = value.chopped(10).trimmed();
        if (property.compare(u"background-color", Qt::CaseInsensitive) == 0 || property.compare(u"background", Qt::CaseInsensitive) == 0) {
            if (background.isEmpty())
                background = cssColorToHex(value);
        } else if (property.compare(u"color", Qt::CaseInsensitive) == 0 || property.compare(u"border-color", Qt::CaseInsensitive) == 0) {
            if (foreground.isEmpty())
                foreground = cssColorToHex(value);
        }
    }
    return background.isEmpty() ? foreground : background;
}

QString rgbTripleToHex(QStringView text)
{
    const auto parts = text.split(u',');
    if (parts.size() != 3)
        return {};
    int v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toInt(&ok);
        if (!ok || v[i] < 0 || v[i] > 255)
            return {};
    }
    return hex(v[0], v[1], v[2]);
}

} // namespace chrono
