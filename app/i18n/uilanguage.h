// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/localizedtext.h"

class QLocale;

namespace chrono::ui {

/// Chinese for a zh* locale, English for everything else.
Language languageForLocale(const QLocale& locale);

/// The language the program starts in when the user never chose one: QLocale::system().
Language systemLanguage();

/**
 * @brief Makes @p language the user-interface language of the running application.
 *
 * Removes the previously installed translators, then installs the embedded catalogue
 * (:/i18n/chronoscope_zh_CN.qm; for English :/i18n/chronoscope_en.qm, plural forms only) and
 * for Chinese, when Debian's qt6-translations-l10n is present, Qt's own strings. Also sets the default QLocale so
 * numbers and Qt-formatted dates agree with the language. Needs a QCoreApplication.
 * Installing a translator makes Qt post QEvent::LanguageChange to every top-level widget.
 *
 * @return false when the catalogue could not be loaded (the UI then stays English).
 */
bool installUiLanguage(Language language);

/// The language installed by the last successful installUiLanguage() (English at start).
Language installedUiLanguage();

} // namespace chrono::ui
