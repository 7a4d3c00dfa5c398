// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/eventdetails.h"

#include "app/state/documentstate.h"
#include "core/data/dateformat.h"

#include <QtCore/QSet>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

bool EventDetails::isOpenableUrl(const QString& url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

static QLabel* plainLabel(QWidget* parent, bool wrap = true)
{
    auto* label = new QLabel(parent);
    // Data files are untrusted: QLabel would auto-detect rich text, so force plain text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

EventDetails::EventDetails(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    m_title = plainLabel(content);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_meta = plainLabel(content);
    m_description = plainLabel(content);
    m_sourcesHeading = plainLabel(content);
    QFont bold = m_sourcesHeading->font();
    bold.setBold(true);
    m_sourcesHeading->setFont(bold);
    m_sources = new QLabel(content);
    // Rich text here is built by us from escaped pieces; only http(s) URLs become links.
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setWordWrap(true);
    m_sources->setOpenExternalLinks(false);
    m_sources->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByMouse);
    connect(m_sources, &QLabel::linkActivated, this, [](const QString& link) {
        if (isOpenableUrl(link))
            QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
    });
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_description);
    layout->addSpacing(6);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_sources);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    setAccessibleName(tr("Event details"));

    connect(m_state, &DocumentState::selectedEventChanged, this, &EventDetails::showEvent);
    connect(m_state, &DocumentState::languageChanged, this, [this] { showEvent(m_state->selectedEvent()); });
    connect(m_state, &DocumentState::datasetChanged, this, [this] { showEvent(-1); });
    // A page rebuilt for a language change shows the current selection at once.
    showEvent(m_state->selectedEvent());
}

QString EventDetails::titleText() const
{
    return m_title->text();
}

QString EventDetails::descriptionText() const
{
    return m_description->text();
}

void EventDetails::showEvent(int index)
{
    m_links.clear();
    const DatasetPtr& ds = m_state->dataset();
    if (!ds || index < 0 || index >= ds->eventCount()) {
        m_title->setText(tr("No event selected"));
        m_meta->setText(tr("Click an event in the timeline, a chart marker or the event list."));
        m_description->clear();
        m_sourcesHeading->clear();
        m_sources->clear();
        return;
    }
    const Language lang = m_state->language();
    const Event e = ds->event(index);
    m_title->setText(e.title.text(lang));
    QStringList meta;
    meta.append(e.isRange() ? formatDateSpan(e.start, e.end, lang) + (e.start.precision < DatePrecision::Day ? tr(" (approximate)") : QString())
                            : formatDateWithPrecision(e.start, lang));
    const int c = ds->companyIndex(e.company);
    if (c >= 0)
        meta.append(ds->companies()[c].name.text(lang));
    const int k = ds->categoryIndex(e.category);
    if (k >= 0)
        meta.append(ds->categories()[k].name.text(lang));
    if (!e.confidence.isEmpty())
        meta.append(tr("confidence: %1").arg(e.confidence));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_description->setText(e.description.text(lang));

    // Each source once: a repeated id, or a link that is already a listed source's URL (the
    // converter keeps every source URL in `links` too), is not listed again.
    QStringList items;
    QSet<QString> shownIds, shownUrls;
    auto addLink = [this, &items, &shownUrls](const QString& label, const QString& url) {
        if (!url.isEmpty())
            shownUrls.insert(url);
        QString item = label.toHtmlEscaped();
        if (isOpenableUrl(url)) {
            m_links.append(url);
            item += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
        } else if (!url.isEmpty()) {
            item += QStringLiteral("<br>") + url.toHtmlEscaped();
        }
        items.append(item);
    };
    for (const QString& id : e.sources) {
        if (shownIds.contains(id))
            continue;
        shownIds.insert(id);
        const Source* s = ds->source(id);
        if (!s) {
            addLink(id, QString());
            continue;
        }
        QString label = s->publisher;
        if (!s->title.isEmpty())
            label += (label.isEmpty() ? QString() : QStringLiteral(": ")) + s->title;
        if (s->date.isValid())
            label += QStringLiteral(" (%1)").arg(formatDate(s->date, lang));
        addLink(label, s->url);
    }
    for (const QString& url : e.links) {
        if (!shownUrls.contains(url))
            addLink(QString(), url);
    }
    m_sourcesHeading->setText(items.isEmpty() ? tr("No sources recorded") : tr("Sources"));
    m_sources->setText(items.join(QStringLiteral("<br><br>")));
}

} // namespace chrono::ui
