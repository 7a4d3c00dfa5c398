// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/uilanguage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>

namespace chrono::ui {

namespace {

// The translators belong to the application object; QPointer notices when a test's
// QApplication (their parent) is gone.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
Language g_installed = Language::English;

void removeTranslators()
{
    for (QPointer<QTranslator>* t : { &g_appTranslator, &g_qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
        *t = nullptr;
    }
}

// The system locale when it speaks the chosen language (keeps the user's regional number
// format), otherwise the language's main locale.
QLocale localeFor(Language language)
{
    const QLocale system = QLocale::system();
    if (languageForLocale(system) == language)
        return system;
    return language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
                                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

Language languageForLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

Language systemLanguage()
{
    return languageForLocale(QLocale::system());
}

bool installUiLanguage(Language language)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return false;
    removeTranslators();
    g_installed = Language::English;
    QLocale::setDefault(localeFor(language));

    // English is the source language; its catalogue only adds plural forms ("1 event").
    const bool chinese = language == Language::Chinese;
    auto* translator = new QTranslator(app);
    if (!translator->load(chinese ? QStringLiteral(":/i18n/chronoscope_zh_CN.qm") : QStringLiteral(":/i18n/chronoscope_en.qm"))) {
        delete translator;
        if (chinese)
            QLocale::setDefault(localeFor(Language::English));
        return !chinese;
    }
    QCoreApplication::installTranslator(translator);
    g_appTranslator = translator;
    if (!chinese)
        return true;

    // Qt's own strings (QDialogButtonBox, QLineEdit context menu): optional.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    g_installed = Language::Chinese;
    return true;
}

Language installedUiLanguage()
{
    return g_installed;
}

} // namespace chrono::ui
