// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"
#include "core/data/localizedtext.h"
#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"
#include "core/io/jsontokenizer.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QStringDecoder>
#include <QtCore/QStringList>

#include <vector>

namespace chrono {

/**
 * @brief Shared state of one native JSON read (internal to the readers in core/io).
 *
 * Wraps the tokenizer with typed value readers that report wrong types and bad values as
 * diagnostics and skip the value, so one bad field costs one message, not the whole file.
 * Diagnostics are kept with byte offsets and resolved to line:column once, at the end, in
 * file order (JsonLineIndex), which keeps the hot path free of line bookkeeping.
 */
class JsonReadContext {
public:
    JsonReadContext(QByteArrayView bytes, const QString& fileName, const ImportOptions& options, qint64 progressBase,
        qint64 progressTotal);

    JsonTokenizer& tokenizer() { return m_tok; }
    qint64 offset() const { return m_tok.offset(); }

    /// Next token; records a syntax error when there is one.
    JsonToken next();
    /// After ObjectBegin or a member's value: true when positioned on the next key.
    bool nextMember();
    /// After ArrayBegin or an element: true when positioned on the next element's first token.
    bool nextElement();
    /// The current token must open an object; otherwise an error naming `what`, and the value is skipped.
    bool expectObject(const char* what);
    bool expectArray(const char* what);
    /// Skips the value of an unknown key with one warning per (context, key).
    void skipUnknownKey(const char* context);

    /// `what` names the field in messages: an untranslated QT_TRANSLATE_NOOP("chrono::JsonReader", …)
    /// literal, translated only when a message is made. `suffix` is appended verbatim (".en").
    bool readString(QString& out, const char* what, const char* suffix = nullptr);
    /// Like readString, but shares one QString per distinct value (ids repeated by many events).
    /// With a `kind` bit (a use such as "company reference"), `*firstOfKind` says whether this
    /// value is read in that use for the first time, so that callers check each id once.
    bool readSharedString(QString& out, const char* what, quint8 kind = 0, bool* firstOfKind = nullptr);
    /// Same for an array of strings; values read in use `kind` for the first time are
    /// appended to `firstOfKind` when given.
    bool readSharedStringList(QStringList& out, const char* what, quint8 kind = 0, QStringList* firstOfKind = nullptr);
    /// Offset of the array the last readSharedStringList() call read.
    qint64 lastListOffset() const { return m_lastListOffset; }
    bool readDate(Date& out, const char* what, qint64* at = nullptr);
    bool readLocalized(LocalizedText& out, const char* what);
    /// Reads a number; `allowNull` turns null into NaN.
    bool readNumber(double& out, const char* what, bool allowNull = false);
    bool readInteger(int& out, const char* what);
    bool readColor(QString& out);

    void error(qint64 offset, const QString& message, Diagnostic::Kind kind = Diagnostic::Kind::BadValue);
    void warning(qint64 offset, const QString& message, Diagnostic::Kind kind = Diagnostic::Kind::Adjusted);
    /// Stops reading: a syntax error, cancellation, a fatal error or too many errors.
    bool stopped() const { return m_stopped; }
    void stop() { m_stopped = true; }
    bool hasErrors() const { return m_hasErrors; }
    /// Calls the progress callback now and then; false (and an error) when cancelled.
    bool checkProgress();

    /// Turns the collected offsets into line:column, sorted by position.
    QList<Diagnostic> takeDiagnostics();
    JsonLocation locate(qint64 offset) const { return m_lines.locate(offset); }
    const QString& fileName() const { return m_fileName; }

private:
    struct Pending {
        qint64 offset;
        Diagnostic::Severity severity;
        QString message;
        Diagnostic::Kind kind;
    };
    void add(qint64 offset, Diagnostic::Severity severity, const QString& message, Diagnostic::Kind kind);
    QString typeName(JsonToken token) const;
    /// Decodes the current string token into @p out, reusing its capacity when it has one.
    void assignString(QString& out);
    bool wrongType(const QString& what, const QString& expected);
    static QString label(const char* what, const char* suffix = nullptr);

    JsonTokenizer m_tok;
    JsonLineIndex m_lines;
    QString m_fileName;
    const ImportOptions& m_options;
    std::vector<Pending> m_pending;
    int m_suppressedWarnings = 0;
    int m_suppressedErrors = 0;
    bool m_hasErrors = false;
    bool m_stopped = false;
    qint64 m_progressBase = 0;
    qint64 m_progressTotal = 0;
    qint64 m_nextProgress = 0;
    qint64 m_lastListOffset = 0;
    QSet<QByteArray> m_unknownKeys;
    struct Shared {
        QString text;
        quint8 kinds = 0; ///< uses this value has been read in
    };
    /// The cached value for the current string token, or nullptr when the cache is full.
    const QString& shared(quint8 kind, bool* firstOfKind);
    QHash<QByteArray, Shared> m_shared;
    QString m_overflow;
    QStringDecoder m_decoder { QStringDecoder::Utf8, QStringDecoder::Flag::Stateless };
};

} // namespace chrono
