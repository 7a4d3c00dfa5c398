// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QVBoxLayout;

namespace chrono::ui {

class DocumentState;

/**
 * @brief The selected event: title, dates with their precision, company, category,
 * description and sources. Everything from the data file is shown as plain text; source
 * links open in the browser only for http and https.
 */
class EventDetails : public QWidget {
    Q_OBJECT
public:
    explicit EventDetails(DocumentState* state, QWidget* parent = nullptr);

    QString titleText() const;
    QString descriptionText() const;
    /// The link targets offered (only http/https ones are ever made clickable).
    QStringList linkTargets() const { return m_links; }

    /// True for URLs the panel may open: http and https only.
    static bool isOpenableUrl(const QString& url);

private:
    void showEvent(int index);

    DocumentState* m_state;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_description;
    QLabel* m_sourcesHeading;
    QLabel* m_sources;
    QStringList m_links;
};

} // namespace chrono::ui
