// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/htmltext.h"

namespace chrono {

namespace {

struct NamedEntity {
    const char16_t* name;
    char16_t value;
};

constexpr NamedEntity ENTITIES[] = {
    { u"amp", u'&' }, { u"lt", u'<' }, { u"gt", u'>' }, { u"quot", u'"' }, { u"apos", u'\'' }, { u"nbsp", u' ' },
    { u"ndash", u'\u2013' }, { u"mdash", u'\u2014' }, { u"lsquo", u'\u2018' }, { u"rsquo", u'\u2019' },
    { u"ldquo", u'\u201C' }, { u"rdquo", u'\u201D' }, { u"hellip", u'\u2026' }, { u"copy", u'\u00A9' },
    { u"reg", u'\u00AE' }, { u"eacute", u'\u00E9' }, { u"egrave", u'\u00E8' }, { u"uuml", u'\u00FC' },
    { u"ouml", u'\u00F6' }, { u"auml", u'\u00E4' }, { u"szlig", u'\u00DF' }, { u"middot", u'\u00B7' },
};

/// Decodes the character reference starting at @p pos ('&'); advances @p pos past it.
/// Unknown references are kept literally.
void decodeEntity(QStringView s, qsizetype& pos, QString& out)
{
    const qsizetype semi = s.indexOf(u';', pos);
    if (semi < 0 || semi - pos > 12) {
        out.append(s[pos++]);
        return;
    }
    const QStringView name = s.mid(pos + 1, semi - pos - 1);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            const char32_t c = cp;
            out.append(QString::fromUcs4(&c, 1));
            pos = semi + 1;
            return;
        }
    } else {
        for (const NamedEntity& e : ENTITIES) {
            if (name == QStringView(e.name)) {
                out.append(QChar(e.value));
                pos = semi + 1;
                return;
            }
        }
    }
    out.append(s[pos++]);
}

/// The value of attribute @p attr in the tag text (between '<' and '>'), or empty.
QString attributeValue(QStringView tag, QStringView attr)
{
    qsizetype i = 0;
    while ((i = tag.indexOf(attr, i, Qt::CaseInsensitive)) >= 0) {
        qsizetype j = i + attr.size();
        const bool boundary = i > 0 && tag[i - 1].isSpace();
        while (j < tag.size() && tag[j].isSpace())
            ++j;
        if (boundary && j < tag.size() && tag[j] == u'=') {
            ++j;
            while (j < tag.size() && tag[j].isSpace())
                ++j;
            if (j < tag.size() && (tag[j] == u'"' || tag[j] == u'\'')) {
                const qsizetype end = tag.indexOf(tag[j], j + 1);
                return tag.mid(j + 1, end < 0 ? -1 : end - j - 1).toString();
            }
            qsizetype end = j;
            while (end < tag.size() && !tag[end].isSpace())
                ++end;
            return tag.mid(j, end - j).toString();
        }
        i = j;
    }
    return {};
}

} // namespace

QString htmlToPlainText(QStringView html, QStringList* links)
{
    QString raw;
    raw.reserve(html.size());
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html[pos];
        if (c == u'&') {
            decodeEntity(html, pos, raw);
            continue;
        }
        if (c != u'<') {
            raw.append(c);
            ++pos;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', pos);
        const QChar next = pos + 1 < html.size() ? html[pos + 1] : QChar();
        // Only "<a", "</", "<!" and "<?" open markup; "1 < 2" is text.
        if (close < 0 || !(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            raw.append(c);
            ++pos;
            continue;
        }
        const QStringView tag = html.mid(pos + 1, close - pos - 1);
        qsizetype nameEnd = 0;
        const bool closing = tag.startsWith(u'/');
        nameEnd = closing ? 1 : 0;
        while (nameEnd < tag.size() && tag[nameEnd].isLetterOrNumber())
            ++nameEnd;
        const QString name = tag.mid(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)).toString().toLower();
        pos = close + 1;
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            const QString closeTag = QStringLiteral("</") + name;
            const qsizetype end = html.indexOf(QStringView(closeTag), pos, Qt::CaseInsensitive);
            pos = end < 0 ? html.size() : end;
            continue;
        }
        if (name == QLatin1String("br") || (closing && (name == QLatin1String("p") || name == QLatin1String("div") || name == QLatin1String("li") || name == QLatin1String("blockquote"))))
            raw.append(u'\n');
        else if (!closing && name == QLatin1String("li"))
            raw.append(u'\n');
        if (links && !closing && name == QLatin1String("a")) {
            const QString href = attributeValue(tag, u"href");
            if ((href.startsWith(QLatin1String("http://")) || href.startsWith(QLatin1String("https://"))) && !links->contains(href))
                links->append(href);
        }
    }
    // Collapse spaces within lines and blank runs of lines.
    QString out;
    out.reserve(raw.size());
    bool space = false;
    int newlines = 0;
    for (QChar c : raw) {
        if (c == u'\n') {
            ++newlines;
            space = false;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (!out.isEmpty()) {
            if (newlines)
                out.append(newlines > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            else if (space)
                out.append(u' ');
        }
        newlines = 0;
        space = false;
        out.append(c);
    }
    return out;
}

} // namespace chrono
