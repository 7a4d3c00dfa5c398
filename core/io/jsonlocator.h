// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/jsontokenizer.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>
#include <vector>

namespace chrono {

/**
 * @brief Strict checking and positions for readers that parse JSON with QJsonDocument.
 *
 * QJsonDocument accepts raw control characters and NUL bytes inside strings, nests up to 1024
 * levels and gives no position for a value. scan() first checks the document with the native
 * reader's JsonTokenizer (RFC 8259: UTF-8, no NUL or control characters, MAX_JSON_DEPTH, numbers
 * that fit a double, nothing after the document), so every JSON reader refuses the same inputs
 * with an exact line:column. It also remembers where each element of the record array starts —
 * the top-level array, or the array under each top-level key — so warnings about a record can
 * point into the file. That costs 8 bytes per record.
 *
 * @pre The data outlives the locator.
 */
class JsonLocator {
public:
    explicit JsonLocator(QByteArrayView data);

    /// One pass over the document; false when it is not valid JSON (see syntaxError()).
    bool scan();
    /// The syntax error scan() found, at its line and column.
    Diagnostic syntaxError(const QString& fileName) const;

    /// Where element @p index of the array under top-level key @p key starts (the top-level
    /// array when @p key is empty); line 1, column 1 when unknown.
    JsonLocation element(const QString& key, qsizetype index) const;
    /// How many elements the array under @p key has (0 when there is none).
    qsizetype elementCount(const QString& key) const;
    /// For an element that is an object: each member's key and the position of its value's
    /// first character (inside the quotes for a string), in document order. Empty otherwise.
    QList<std::pair<QString, JsonLocation>> members(const QString& key, qsizetype index) const;
    /// The position of the value at @p path (member names, outermost first) inside element
    /// @p index, or of the element itself when the path does not lead anywhere.
    JsonLocation value(const QString& key, qsizetype index, const QStringList& path) const;

private:
    qint64 elementOffset(const QString& key, qsizetype index) const;
    bool collectArray(JsonTokenizer& t, std::vector<qint64>& offsets);

    QByteArrayView m_data;
    JsonLineIndex m_lines;
    QHash<QString, std::vector<qint64>> m_arrays; ///< "" = the top-level array
    QString m_error;
    bool m_depthLimit = false;
    qint64 m_errorOffset = 0;
};

} // namespace chrono
