// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/chartpanel.h"

#include "app/charts/serieschartview.h"
#include "app/state/documentstate.h"
#include "app/state/viewstate.h"

#include <QtCore/QEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

#include <iterator>

namespace chrono::ui {

QString seriesGroupName(const Dataset& dataset, const QString& group, Language language)
{
    const auto lines = dataset.seriesGroup(group);
    if (lines.isEmpty())
        return group;
    return lines.size() == 1 ? lines.first()->title.text(language) : lines.first()->unit;
}

ChartPanel::ChartPanel(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Series"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(40);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Chart kind"));
    m_kind->addItem(tr("Lines"), chartKindName(ChartKind::Line));
    m_kind->addItem(tr("Stacked share"), chartKindName(ChartKind::StackedArea));
    m_kind->addItem(tr("Stacked, 100 %"), chartKindName(ChartKind::StackedAreaRelative));
    m_kind->addItem(tr("Price steps"), chartKindName(ChartKind::PriceStep));
    m_kind->addItem(tr("Growth since…"), chartKindName(ChartKind::Growth));
    m_log = new QCheckBox(tr("Log scale"), this);
    m_baseLabel = new QLabel(tr("Base date:"), this);
    m_base = new QLineEdit(this);
    m_base->setPlaceholderText(tr("YYYY-MM-DD"));
    m_base->setMaximumWidth(120);
    m_base->setAccessibleName(tr("Growth base date"));

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 0);
    m_seriesLabel = new QLabel(tr("&Series:"), this);
    auto* seriesLabel = m_seriesLabel;
    seriesLabel->setBuddy(m_group);
    controls->addWidget(seriesLabel);
    controls->addWidget(m_group, 1);
    controls->addWidget(m_kind);
    controls->addWidget(m_log);
    controls->addWidget(m_baseLabel);
    controls->addWidget(m_base);
    m_view = new SeriesChartView(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_state->setChartGroup(m_group->currentData().toString());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_state->setChartKind(m_kind->currentData().toString());
    });
    connect(m_log, &QCheckBox::toggled, this, [this] {
        if (!m_syncing)
            updateRequest();
    });
    connect(m_base, &QLineEdit::editingFinished, this, &ChartPanel::updateRequest);

    // State -> chart.
    connect(m_state, &DocumentState::datasetChanged, this, [this] {
        m_hidden.clear();
        rebuildGroups();
        updateRequest();
    });
    connect(m_state, &DocumentState::chartChanged, this, [this] {
        rebuildGroups();
        updateRequest();
    });
    connect(m_state, &DocumentState::filterChanged, this, &ChartPanel::updateRequest);
    connect(m_state, &DocumentState::languageChanged, this, [this] {
        rebuildGroups();
        updateRequest();
    });
    connect(m_state, &DocumentState::themeChanged, this, &ChartPanel::updateRequest);
    connect(m_state, &DocumentState::visibleRangeChanged, m_view, &SeriesChartView::setVisibleRange);
    connect(m_state, &DocumentState::selectedEventChanged, m_view, &SeriesChartView::setSelectedEvent);
    connect(m_state, &DocumentState::hoverTimeChanged, this, [this] { m_view->setHoveredTime(m_state->hoverTime()); });

    // Chart -> state (requests only; the state answers through the connections above).
    connect(m_view, &SeriesChartView::eventActivated, m_state, &DocumentState::setSelectedEvent);
    connect(m_view, &SeriesChartView::visibleRangeRequested, m_state, &DocumentState::setVisibleRange);
    connect(m_view, &SeriesChartView::hoveredTimeChanged, this, [this](qint64 ms) { m_state->setHoverTime(ms); });
    connect(m_view, &SeriesChartView::hoverLeft, this, [this] { m_state->setHoverTime(std::nullopt); });
    connect(m_view, &SeriesChartView::seriesVisibilityToggled, this, [this](const QString& id, bool visible) {
        if (visible)
            m_hidden.remove(id);
        else
            m_hidden.insert(id);
    });
    connect(m_view, &SeriesChartView::logScaleToggled, this, [this](bool on) {
        m_syncing = true;
        m_log->setChecked(on);
        m_syncing = false;
    });
    rebuildGroups();
}

void ChartPanel::retranslateUi()
{
    m_group->setAccessibleName(tr("Series"));
    m_kind->setAccessibleName(tr("Chart kind"));
    const char* const kinds[] = { QT_TR_NOOP("Lines"), QT_TR_NOOP("Stacked share"), QT_TR_NOOP("Stacked, 100 %"),
        QT_TR_NOOP("Price steps"), QT_TR_NOOP("Growth since…") };
    for (int i = 0; i < m_kind->count() && i < int(std::size(kinds)); ++i)
        m_kind->setItemText(i, tr(kinds[i]));
    m_log->setText(tr("Log scale"));
    m_baseLabel->setText(tr("Base date:"));
    m_base->setPlaceholderText(tr("YYYY-MM-DD"));
    m_base->setAccessibleName(tr("Growth base date"));
    m_seriesLabel->setText(tr("&Series:"));
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartPanel::rebuildGroups()
{
    m_syncing = true;
    m_group->clear();
    const DatasetPtr& ds = m_state->dataset();
    if (ds) {
        for (const QString& group : ds->seriesGroups()) {
            m_group->addItem(seriesGroupName(*ds, group, m_state->language()), group);
            m_group->setItemData(m_group->count() - 1, group, Qt::ToolTipRole);
        }
    }
    m_group->setCurrentIndex(m_group->findData(m_state->chartGroup()));
    syncKindFromState();
    m_syncing = false;
}

void ChartPanel::syncKindFromState()
{
    QString kind = m_state->chartKind();
    const DatasetPtr& ds = m_state->dataset();
    // Prices read best as steps; when the state has no explicit choice, follow the data.
    if (ds && (kind.isEmpty() || kind == u"line")) {
        const auto lines = ds->seriesGroup(m_state->chartGroup());
        if (!lines.isEmpty() && lines.first()->kind == SeriesKind::Price)
            kind = chartKindName(ChartKind::PriceStep);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    const bool growth = m_kind->currentData().toString() == chartKindName(ChartKind::Growth);
    m_base->setVisible(growth);
    m_baseLabel->setVisible(growth);
}

ChartRequest ChartPanel::currentRequest() const
{
    ChartRequest r;
    r.dataset = m_state->dataset();
    r.group = m_state->chartGroup();
    r.kind = chartKindFromName(m_kind->currentData().toString()).value_or(ChartKind::Line);
    r.logScale = m_log->isChecked();
    if (!m_base->text().trimmed().isEmpty()) {
        const DateParseResult base = parseIsoDate(m_base->text().trimmed());
        if (base.ok())
            r.growthBase = base.date.ms;
    }
    r.filter = m_state->filter();
    r.events = m_state->mask();
    r.visibleRange = m_state->visibleRange();
    r.lang = m_state->language();
    r.theme = Theme::byName(m_state->themeName());
    r.selectedEvent = m_state->selectedEvent();
    r.hiddenSeries = m_hidden;
    r.pixelSize = m_view->size().expandedTo(QSize(400, 240));
    return r;
}

void ChartPanel::updateRequest()
{
    if (!m_state->dataset() || m_state->chartGroup().isEmpty())
        return;
    m_syncing = true;
    syncKindFromState();
    m_syncing = false;
    m_view->setRequest(currentRequest());
}

} // namespace chrono::ui
