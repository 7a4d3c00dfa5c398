// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/filterpanel.h"

#include "app/render/theme.h"
#include "app/state/documentstate.h"
#include "app/state/viewstate.h"
#include "core/data/dateformat.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

namespace {

constexpr int COMPANY_ID_ROLE = Qt::UserRole;

QIcon swatch(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRect(0, 0, 11, 11);
    return QIcon(pm);
}

} // namespace

FilterPanel::FilterPanel(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));
    m_matchCount = new QLabel(this);
    m_matchCount->setTextFormat(Qt::PlainText);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    // F3 / Shift+F3 belong to Edit > Find Next / Find Previous (QKeySequence::FindNext),
    // which call stepMatch(); a second shortcut here would make both ambiguous.
    next->setAccessibleName(tr("Next match"));
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    layout->addLayout(searchRow);
    layout->addWidget(m_matchCount);
    connect(previous, &QToolButton::clicked, this, [this] { stepMatch(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepMatch(+1); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { stepMatch(+1); });

    auto* dates = new QFormLayout;
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    for (QLineEdit* e : { m_from, m_to }) {
        e->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &FilterPanel::applyDates);
    }
    m_from->setAccessibleName(tr("Show events from"));
    m_to->setAccessibleName(tr("Show events until"));
    dates->addRow(tr("From:"), m_from);
    dates->addRow(tr("Until:"), m_to);
    m_importance = new QComboBox(this);
    m_importance->addItem(tr("All events"), 1);
    m_importance->addItem(tr("Importance 2 and up"), 2);
    m_importance->addItem(tr("Importance 3 and up"), 3);
    m_importance->addItem(tr("Major (4 and up)"), 4);
    m_importance->addItem(tr("Key moments only (5)"), 5);
    m_importance->setAccessibleName(tr("Minimum importance"));
    dates->addRow(tr("Show:"), m_importance);
    layout->addLayout(dates);
    m_dateError = new QLabel(this);
    m_dateError->setTextFormat(Qt::PlainText);
    m_dateError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_dateError->hide();
    layout->addWidget(m_dateError);
    connect(m_importance, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        FilterSpec f = m_state->filter();
        f.minImportance = m_importance->currentData().toInt();
        m_state->setFilter(f);
    });

    m_companiesLabel = new QLabel(tr("Companies"), this);
    m_companiesLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_companiesLabel->font();
    bold.setBold(true);
    m_companiesLabel->setFont(bold);
    layout->addWidget(m_companiesLabel);

    m_companySearch = new QLineEdit(this);
    m_companySearch->setPlaceholderText(tr("Find a company…"));
    m_companySearch->setClearButtonEnabled(true);
    m_companySearch->setAccessibleName(tr("Find a company in the list"));
    layout->addWidget(m_companySearch);

    auto* buttons = new QHBoxLayout;
    auto* all = new QPushButton(tr("All"), this);
    auto* none = new QPushButton(tr("None"), this);
    all->setToolTip(tr("Show every company"));
    none->setToolTip(tr("Hide every company"));
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_companies = new QListWidget(this);
    m_companies->setAccessibleName(tr("Companies shown"));
    m_companies->setContextMenuPolicy(Qt::CustomContextMenu);
    m_companies->setUniformItemSizes(true);
    layout->addWidget(m_companies, 1);

    auto* categoriesLabel = new QLabel(tr("Categories"), this);
    categoriesLabel->setFont(bold);
    layout->addWidget(categoriesLabel);
    m_categoryBox = new QWidget(this);
    m_categoryLayout = new QHBoxLayout(m_categoryBox);
    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    auto* categoryGrid = new QVBoxLayout;
    categoryGrid->addWidget(m_categoryBox);
    layout->addLayout(categoryGrid);

    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(m_companies, &QListWidget::itemChanged, this, &FilterPanel::onItemChanged);
    connect(m_companies, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem* item) { showOnly(item->data(COMPANY_ID_ROLE).toString()); });
    connect(m_companies, &QListWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QListWidgetItem* item = m_companies->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        const QString id = item->data(COMPANY_ID_ROLE).toString();
        menu.addAction(tr("Only this"), this, [this, id] { showOnly(id); });
        menu.addAction(tr("All"), this, [this] { setAll(true); });
        menu.exec(m_companies->viewport()->mapToGlobal(pos));
    });
    connect(m_companySearch, &QLineEdit::textChanged, this, &FilterPanel::filterCompanyList);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        FilterSpec f = m_state->filter();
        f.text = text;
        m_state->setFilter(f);
    });
    connect(m_state, &DocumentState::datasetChanged, this, &FilterPanel::rebuild);
    connect(m_state, &DocumentState::languageChanged, this, &FilterPanel::rebuild);
    connect(m_state, &DocumentState::filterChanged, this, &FilterPanel::syncFromState);
    rebuild();
}

void FilterPanel::rebuild()
{
    m_syncing = true;
    m_companies->clear();
    const DatasetPtr& ds = m_state->dataset();
    // Lanes are named as the file names them (a Timeline file's categories, a vis-timeline file's groups).
    const QString laneLabel = ds ? ds->meta().laneLabel.text(m_state->language()) : QString();
    m_companiesLabel->setText(laneLabel.isEmpty() ? tr("Companies") : laneLabel);
    if (ds) {
        std::vector<int> counts(size_t(ds->companies().size()), 0);
        for (quint16 c : ds->companyColumn()) {
            if (c != NO_INDEX)
                ++counts[c];
        }
        for (int i = 0; i < ds->companies().size(); ++i) {
            const Company& c = ds->companies()[i];
            auto* item = new QListWidgetItem(swatch(Theme::companyColor(c)),
                QStringLiteral("%1  (%2)").arg(c.name.text(m_state->language())).arg(counts[size_t(i)]), m_companies);
            item->setData(COMPANY_ID_ROLE, c.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setToolTip(tr("%1: %n event(s). Double-click to show only this company.", nullptr, counts[size_t(i)]).arg(c.name.text(m_state->language())));
        }
    }
    m_syncing = false;
    rebuildCategories();
    syncFromState();
    filterCompanyList(m_companySearch->text());
}

void FilterPanel::rebuildCategories()
{
    // deleteLater: the chips may be rebuilt from inside one of their own signals.
    while (QLayoutItem* item = m_categoryLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const DatasetPtr& ds = m_state->dataset();
    if (!ds)
        return;
    // Categories are few: chips that toggle. None checked means all shown.
    auto* flow = new QWidget(m_categoryBox);
    auto* grid = new QVBoxLayout(flow);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (const Category& c : ds->categories()) {
        auto* chip = new QToolButton(flow);
        chip->setText(c.name.text(m_state->language()));
        chip->setCheckable(true);
        chip->setChecked(m_state->filter().categories.contains(c.id));
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        chip->setAccessibleName(tr("Category %1").arg(c.name.text(m_state->language())));
        const QString id = c.id;
        connect(chip, &QToolButton::toggled, this, [this, id](bool on) {
            if (m_syncing)
                return;
            FilterSpec f = m_state->filter();
            if (on)
                f.categories.insert(id);
            else
                f.categories.remove(id);
            m_state->setFilter(f);
        });
        grid->addWidget(chip);
    }
    m_categoryLayout->addWidget(flow);
}

void FilterPanel::syncFromState()
{
    m_syncing = true;
    const FilterSpec& f = m_state->filter();
    for (int i = 0; i < m_companies->count(); ++i) {
        QListWidgetItem* item = m_companies->item(i);
        const bool on = f.companies.isEmpty() || f.companies.contains(item->data(COMPANY_ID_ROLE).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (m_search->text() != f.text)
        m_search->setText(f.text);
    const QString fromText = f.from ? Date::fromMs(*f.from, DatePrecision::Day).toString() : QString();
    const QString toText = f.to ? Date::fromMs(*f.to - 1, DatePrecision::Day).toString() : QString();
    if (!m_from->hasFocus() && m_from->text() != fromText)
        m_from->setText(fromText);
    if (!m_to->hasFocus() && m_to->text() != toText)
        m_to->setText(toText);
    m_importance->setCurrentIndex(m_importance->findData(f.minImportance));
    const int total = m_state->dataset() ? m_state->dataset()->eventCount() : 0;
    m_matchCount->setText(f.isEmpty() ? tr("%n event(s)", nullptr, total)
                                      : tr("%1 of %2 events match").arg(m_state->visibleCount()).arg(total));
    m_syncing = false;
}

void FilterPanel::applyDates()
{
    if (m_syncing)
        return;
    FilterSpec f = m_state->filter();
    QString error;
    f.from.reset();
    f.to.reset();
    if (!m_from->text().trimmed().isEmpty() && !(f.from = parseFromDate(m_from->text().trimmed(), &error))) {
        m_dateError->setText(tr("From: %1").arg(error));
        m_dateError->show();
        return;
    }
    if (!m_to->text().trimmed().isEmpty() && !(f.to = parseToDate(m_to->text().trimmed(), &error))) {
        m_dateError->setText(tr("Until: %1").arg(error));
        m_dateError->show();
        return;
    }
    m_dateError->hide();
    m_state->setFilter(f);
}

void FilterPanel::stepMatch(int direction)
{
    const DatasetPtr& ds = m_state->dataset();
    if (!ds || ds->eventCount() == 0)
        return;
    const EventMask& mask = m_state->mask();
    const int n = ds->eventCount();
    int i = m_state->selectedEvent();
    // Walk in time order from the selection, wrapping around once.
    for (int step = 0; step < n; ++step) {
        i = i < 0 ? (direction > 0 ? 0 : n - 1) : (i + direction + n) % n;
        if (mask[size_t(i)]) {
            m_state->setSelectedEvent(i);
            const TimeRange r = m_state->visibleRange();
            const TimeMs t = ds->starts()[size_t(i)];
            if (!r.contains(t))
                m_state->setVisibleRange({ t - r.delta() / 2, t + r.delta() / 2 });
            return;
        }
    }
}

void FilterPanel::onItemChanged(QListWidgetItem* item)
{
    if (m_syncing)
        return;
    m_state->setCompanyVisible(item->data(COMPANY_ID_ROLE).toString(), item->checkState() == Qt::Checked);
}

void FilterPanel::showOnly(const QString& companyId)
{
    FilterSpec f = m_state->filter();
    f.companies = { companyId };
    m_state->setFilter(f);
}

void FilterPanel::setAll(bool visible)
{
    FilterSpec f = m_state->filter();
    f.companies.clear();
    if (!visible) {
        // The empty id belongs to no company: the set then matches nothing, while an empty
        // set keeps meaning "all" everywhere else.
        f.companies.insert(QString());
    }
    m_state->setFilter(f);
}

void FilterPanel::filterCompanyList(const QString& text)
{
    for (int i = 0; i < m_companies->count(); ++i) {
        QListWidgetItem* item = m_companies->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
            && !item->data(COMPANY_ID_ROLE).toString().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace chrono::ui
