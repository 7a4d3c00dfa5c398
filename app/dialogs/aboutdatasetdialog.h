// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtWidgets/QDialog>

class QTextBrowser;

namespace chrono::ui {

/**
 * @brief "About this dataset": what it covers, how it was compiled, the confidence levels and
 * its as-of date, from the dataset's own meta description (Markdown with raw HTML disabled),
 * plus counts. Links open in the browser only for http and https.
 */
class AboutDatasetDialog : public QDialog {
    Q_OBJECT
public:
    AboutDatasetDialog(const Dataset& dataset, Language language, QWidget* parent = nullptr);

    QString plainText() const;

private:
    QTextBrowser* m_text;
};

} // namespace chrono::ui
