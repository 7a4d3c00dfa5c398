// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/claimspage.h"

#include "app/pages/eventdetails.h"
#include "app/state/documentstate.h"

#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString ClaimsPage::verdictLabel(Verdict verdict, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (verdict) {
    case Verdict::Correct:
        return zh ? QStringLiteral("属实") : tr("Correct");
    case Verdict::Redefined:
        return zh ? QStringLiteral("偷换概念") : tr("Redefined");
    case Verdict::Contradicted:
        return zh ? QStringLiteral("与证据矛盾") : tr("Contradicted");
    case Verdict::Unsourced:
        return zh ? QStringLiteral("无来源") : tr("Unsourced");
    case Verdict::PartlyCorrect:
        return zh ? QStringLiteral("部分属实") : tr("Partly correct");
    case Verdict::Unsupported:
        return zh ? QStringLiteral("证据不支持") : tr("Unsupported");
    case Verdict::Opinion:
        return zh ? QStringLiteral("观点") : tr("Opinion");
    }
    return QString();
}

QColor ClaimsPage::verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::PartlyCorrect:
        return QColor(0x9e, 0x7c, 0x00);
    case Verdict::Redefined:
        return QColor(0xe6, 0x7e, 0x22);
    case Verdict::Contradicted:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Unsourced:
        return QColor(0x75, 0x75, 0x75);
    case Verdict::Unsupported:
        return QColor(0xad, 0x14, 0x57);
    case Verdict::Opinion:
        return QColor(0x5e, 0x35, 0xb1);
    }
    return QColor();
}

ClaimsPage::ClaimsPage(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QTreeWidget(splitter);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("#"), tr("Claim"), tr("Verdict") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Claims of the source article"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* detail = new QWidget(scroll);
    auto* layout = new QVBoxLayout(detail);
    auto heading = [detail](const QString& text) {
        auto* l = plainLabel(detail);
        l->setText(text);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    layout->addWidget(heading(tr("The article says")));
    m_quote = plainLabel(detail);
    m_claim = plainLabel(detail);
    QFont italic = m_claim->font();
    italic.setItalic(true);
    m_claim->setFont(italic);
    m_verdict = plainLabel(detail);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_evidence = plainLabel(detail);
    m_sources = new QLabel(detail);
    // Built from escaped pieces; only http(s) URLs become links.
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setWordWrap(true);
    m_sources->setOpenExternalLinks(false);
    connect(m_sources, &QLabel::linkActivated, this, [](const QString& link) {
        if (EventDetails::isOpenableUrl(link))
            QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
    });
    auto* buttons = new QHBoxLayout;
    m_showChart = new QPushButton(tr("Show chart"), detail);
    m_showEvents = new QPushButton(tr("Show events"), detail);
    buttons->addWidget(m_showChart);
    buttons->addWidget(m_showEvents);
    buttons->addStretch();
    layout->addWidget(m_quote);
    layout->addWidget(m_claim);
    layout->addSpacing(6);
    layout->addWidget(m_verdict);
    layout->addWidget(heading(tr("What the sources say")));
    layout->addWidget(m_evidence);
    layout->addWidget(heading(tr("Sources")));
    layout->addWidget(m_sources);
    layout->addLayout(buttons);
    layout->addStretch(1);
    scroll->setWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { showClaim(item ? m_list->indexOfTopLevelItem(item) : -1); });
    connect(m_showChart, &QPushButton::clicked, this, &ClaimsPage::showChart);
    connect(m_showEvents, &QPushButton::clicked, this, &ClaimsPage::showEvents);
    connect(m_state, &DocumentState::datasetChanged, this, &ClaimsPage::rebuild);
    connect(m_state, &DocumentState::languageChanged, this, &ClaimsPage::rebuild);
    rebuild();
}

void ClaimsPage::rebuild()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    m_list->clear();
    const DatasetPtr& ds = m_state->dataset();
    const Language lang = m_state->language();
    if (ds) {
        for (const Claim& c : ds->claims()) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, c.id);
            item->setText(1, c.claim.text(lang));
            item->setToolTip(1, c.quote);
            item->setText(2, verdictLabel(c.verdict, lang));
            item->setForeground(2, verdictColor(c.verdict));
        }
    }
    if (m_list->topLevelItemCount() > 0)
        selectClaim(std::min(row, m_list->topLevelItemCount() - 1));
    else
        showClaim(-1);
}

void ClaimsPage::selectClaim(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
    showClaim(row);
}

const Claim* ClaimsPage::currentClaim() const
{
    const DatasetPtr& ds = m_state->dataset();
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (!ds || row < 0 || row >= ds->claims().size())
        return nullptr;
    return &ds->claims()[row];
}

void ClaimsPage::showClaim(int row)
{
    Q_UNUSED(row);
    const Claim* c = currentClaim();
    const Language lang = m_state->language();
    if (!c) {
        m_quote->setText(tr("This dataset has no claims to check."));
        for (QLabel* l : { m_claim, m_verdict, m_evidence, m_sources })
            l->clear();
        m_showChart->setEnabled(false);
        m_showEvents->setEnabled(false);
        return;
    }
    m_quote->setText(QStringLiteral("“%1”").arg(c->quote));
    m_claim->setText(c->claim.text(lang));
    m_verdict->setText(verdictLabel(c->verdict, lang));
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, verdictColor(c->verdict));
    m_verdict->setPalette(pal);
    m_evidence->setText(c->evidence.text(lang));
    QStringList items;
    for (const QString& id : c->sources) {
        const Source* s = m_state->dataset()->source(id);
        if (!s)
            continue;
        QString item = QString(s->publisher + (s->title.isEmpty() ? QString() : QStringLiteral(": ") + s->title)).toHtmlEscaped();
        if (EventDetails::isOpenableUrl(s->url))
            item += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(s->url.toHtmlEscaped());
        items.append(item);
    }
    m_sources->setText(items.join(QStringLiteral("<br><br>")));
    m_showChart->setEnabled(!c->series.isEmpty());
    m_showEvents->setEnabled(!c->events.isEmpty());
}

bool ClaimsPage::showChart()
{
    const Claim* c = currentClaim();
    if (!c || c->series.isEmpty())
        return false;
    const DatasetPtr& ds = m_state->dataset();
    for (const QString& id : c->series) {
        const auto group = ds->seriesGroup(id);
        if (group.isEmpty())
            continue;
        m_state->setChartGroup(group.first()->group);
        Q_EMIT chartRequested();
        return true;
    }
    return false;
}

bool ClaimsPage::showEvents()
{
    const Claim* c = currentClaim();
    if (!c)
        return false;
    const DatasetPtr& ds = m_state->dataset();
    int first = -1;
    TimeRange span { std::numeric_limits<TimeMs>::max(), std::numeric_limits<TimeMs>::min() };
    for (const QString& id : c->events) {
        const int i = ds->eventIndex(id);
        if (i < 0)
            continue;
        if (first < 0)
            first = i;
        span.start = std::min(span.start, ds->starts()[size_t(i)]);
        span.end = std::max(span.end, ds->ends()[size_t(i)]);
    }
    if (first < 0)
        return false;
    // Make sure the events are not filtered away, then frame them with some context.
    if (!m_state->mask()[size_t(first)])
        m_state->setFilter(FilterSpec {});
    const TimeMs pad = std::max<TimeMs>(span.delta() / 2, 30 * MS_PER_DAY);
    m_state->setVisibleRange({ span.start - pad, span.end + pad });
    m_state->setSelectedEvent(first);
    Q_EMIT eventsRequested();
    return true;
}

} // namespace chrono::ui
