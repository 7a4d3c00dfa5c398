// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace chrono {

/**
 * @brief Turns an HTML fragment (TimelineJS headlines and texts) into plain text.
 *
 * Tags are removed (the content of script and style elements too); `<br>`, `</p>`, `</div>`
 * and `</li>` become line breaks; character references (`&amp;`, `&#39;`, `&#x2014;`, the
 * common named ones) are decoded; runs of spaces collapse. The result is never markup.
 * @param links when given, receives the http(s) targets of `<a href>` elements.
 */
QString htmlToPlainText(QStringView html, QStringList* links = nullptr);

} // namespace chrono
