// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QString>

#include <tuple>

namespace chrono {

/// The two languages the product speaks. Data in one falls back to the other.
enum class Language : quint8 { English, Chinese };

/// Text in English and Simplified Chinese. Either may be empty.
struct LocalizedText {
    QString en;
    QString zh;

    /// The text in `lang`, falling back to the other language when empty.
    const QString& text(Language lang) const
    {
        if (lang == Language::Chinese)
            return zh.isEmpty() ? en : zh;
        return en.isEmpty() ? zh : en;
    }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    friend bool operator==(const LocalizedText& a, const LocalizedText& b) { return std::tie(a.en, a.zh) == std::tie(b.en, b.zh); }
    friend bool operator!=(const LocalizedText& a, const LocalizedText& b) { return !(a == b); }
};

} // namespace chrono
