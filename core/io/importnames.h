// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace chrono {

/**
 * @brief Ids for the names a file uses for its groups, categories or tags: the slug of the
 * name (slugify()), made unique with "-2", "-3"…; the same name always gets the same id.
 */
class SlugIds {
public:
    /// @p fallback is the id base for a name whose slug is empty ("group", "category").
    explicit SlugIds(QString fallback)
        : m_fallback(std::move(fallback))
    {
    }
    /// The id of @p name; @p isNew is set to true the first time a name is met.
    QString idFor(const QString& name, bool* isNew = nullptr);
    bool contains(const QString& name) const { return m_ids.contains(name); }
    QString value(const QString& name) const { return m_ids.value(name); }

private:
    QString m_fallback;
    QHash<QString, QString> m_ids; ///< name -> id
    QSet<QString> m_used;
};

/**
 * @brief A colour as "#rrggbb" when @p text is a plain CSS colour: `#rgb`, `#rrggbb`,
 * `rgb(r, g, b)` or one of the CSS named colours (red, steelblue…). Empty for anything else
 * (a class name, a gradient, a variable).
 */
QString cssColorToHex(QStringView text);

/// The colour an inline CSS style sets (`background-color`, else `background`, else `color`),
/// as cssColorToHex() reads it; empty when none is plain.
QString cssStyleColor(QStringView style);

/// "128,255,64" (thetimelineproj's r,g,b) -> "#80ff40"; empty when malformed.
QString rgbTripleToHex(QStringView text);

} // namespace chrono
