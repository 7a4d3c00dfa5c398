// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/aboutdatasetdialog.h"

#include "app/pages/eventdetails.h"
#include "core/data/dateformat.h"

#include <QtGui/QDesktopServices>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

AboutDatasetDialog::AboutDatasetDialog(const Dataset& dataset, Language language, QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About this dataset"));
    resize(760, 680);
    const DatasetMeta& meta = dataset.meta();
    int points = 0, claimPoints = 0;
    for (const Series& s : dataset.series()) {
        points += int(s.points.size());
        for (const SeriesPoint& p : s.points)
            claimPoints += p.status == PointStatus::Claim;
    }
    // Counts first: they are computed, not written, so they cannot go stale.
    const QString counts = tr("**%1 events** in %2 lanes, **%3 series** (%4 points, %5 of them reported claims), "
                              "**%6 sources**, **%7 claims** checked. As of **%8**.")
                               .arg(dataset.eventCount())
                               .arg(dataset.companies().size())
                               .arg(dataset.series().size())
                               .arg(points)
                               .arg(claimPoints)
                               .arg(dataset.sources().size())
                               .arg(dataset.claims().size())
                               .arg(meta.asOf.isValid() ? formatDate(meta.asOf, language) : tr("unknown"));
    const QString markdown = QStringLiteral("# ") + meta.title.text(language) + QStringLiteral("\n\n") + counts
        + QStringLiteral("\n\n") + meta.description.text(language);
    // The description comes from a data file: Markdown yes, raw HTML no.
    m_text->document()->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("About this dataset"));
    connect(m_text, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (EventDetails::isOpenableUrl(url.toString()))
            QDesktopServices::openUrl(url);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDatasetDialog::plainText() const
{
    return m_text->toPlainText();
}

} // namespace chrono::ui
