// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/activefiltersbar.h"

#include "app/state/documentstate.h"
#include "core/data/dateformat.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QToolButton>

#include <functional>

namespace chrono::ui {

ActiveFiltersBar::ActiveFiltersBar(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_layout(new QHBoxLayout(this))
    , m_label(new QLabel(tr("Filters:"), this))
{
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->addWidget(m_label);
    m_layout->addStretch(1);
    setAccessibleName(tr("Active filters"));
    connect(m_state, &DocumentState::filterChanged, this, &ActiveFiltersBar::rebuild);
    connect(m_state, &DocumentState::datasetChanged, this, &ActiveFiltersBar::rebuild);
    connect(m_state, &DocumentState::languageChanged, this, &ActiveFiltersBar::rebuild);
    rebuild();
}

QStringList ActiveFiltersBar::chipTexts() const
{
    QStringList texts;
    for (QWidget* w : m_chips)
        texts.append(static_cast<QToolButton*>(w)->text());
    return texts;
}

void ActiveFiltersBar::addChip(const QString& text, const std::function<void()>& clear)
{
    auto* chip = new QToolButton(this);
    chip->setText(text);
    chip->setToolTip(tr("Clear this filter"));
    chip->setAccessibleName(tr("Clear filter: %1").arg(text));
    chip->setAutoRaise(false);
    connect(chip, &QToolButton::clicked, this, clear);
    m_layout->insertWidget(m_layout->count() - 1, chip);
    m_chips.append(chip);
}

void ActiveFiltersBar::rebuild()
{
    // A chip's own click clears its filter and lands here while QToolButton is still inside
    // its mouseReleaseEvent: delete the old chips later, never under the caller's feet
    // (found by the monkey test under valgrind: a read of the freed button).
    for (QWidget* chip : std::as_const(m_chips)) {
        chip->hide();
        m_layout->removeWidget(chip);
        chip->deleteLater();
    }
    m_chips.clear();
    const DatasetPtr& ds = m_state->dataset();
    const FilterSpec& f = m_state->filter();
    const Language lang = m_state->language();
    auto update = [this](const std::function<void(FilterSpec&)>& change) {
        return [this, change] {
            FilterSpec next = m_state->filter();
            change(next);
            m_state->setFilter(next);
        };
    };
    if (ds && !f.companies.isEmpty()) {
        QStringList names;
        for (const Company& c : ds->companies()) {
            if (f.companies.contains(c.id))
                names.append(c.name.text(lang));
        }
        const QString shown = names.size() <= 3 ? names.join(QStringLiteral(", ")) : tr("%1 of %2").arg(names.size()).arg(ds->companies().size());
        addChip(tr("Companies: %1 ✕").arg(names.isEmpty() ? tr("none") : shown), update([](FilterSpec& s) { s.companies.clear(); }));
    }
    if (ds && !f.categories.isEmpty()) {
        QStringList names;
        for (const Category& c : ds->categories()) {
            if (f.categories.contains(c.id))
                names.append(c.name.text(lang));
        }
        addChip(tr("Categories: %1 ✕").arg(names.join(QStringLiteral(", "))), update([](FilterSpec& s) { s.categories.clear(); }));
    }
    if (!f.text.isEmpty())
        addChip(tr("Text: “%1” ✕").arg(f.text), update([](FilterSpec& s) { s.text.clear(); }));
    if (f.from)
        addChip(tr("From %1 ✕").arg(formatDate(Date::fromMs(*f.from, DatePrecision::Day), lang)), update([](FilterSpec& s) { s.from.reset(); }));
    if (f.to)
        addChip(tr("Until %1 ✕").arg(formatDate(Date::fromMs(*f.to - 1, DatePrecision::Day), lang)), update([](FilterSpec& s) { s.to.reset(); }));
    if (f.minImportance > 1)
        addChip(tr("Importance ≥ %1 ✕").arg(f.minImportance), update([](FilterSpec& s) { s.minImportance = 1; }));
    if (m_chips.size() > 1)
        addChip(tr("Clear all"), [this] { m_state->setFilter(FilterSpec {}); });
    setVisible(!m_chips.isEmpty());
}

} // namespace chrono::ui
