// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/eventeditdialog.h"

#include "app/dialogs/formhelpers.h"
#include "core/data/validation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

EventEditDialog::EventEditDialog(DatasetPtr dataset, const Event& event, const QString& originalId, QWidget* parent)
    : QDialog(parent)
    , m_dataset(dataset ? std::move(dataset) : DatasetBuilder().build())
    , m_originalId(originalId)
    , m_initial(event)
{
    setObjectName(QStringLiteral("EventEditDialog"));
    setWindowTitle(isNew() ? tr("Add Event") : tr("Edit Event"));
    buildForm();
    fill(event);
    revalidate();
}

EventEditDialog::~EventEditDialog() = default;

void EventEditDialog::buildForm()
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto lineEdit = [this](const char* name, const QString& placeholder = {}) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &EventEditDialog::revalidate);
        return e;
    };
    auto textEdit = [this](const char* name, int lines) {
        auto* e = new QPlainTextEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
        connect(e, &QPlainTextEdit::textChanged, this, &EventEditDialog::revalidate);
        return e;
    };
    const QString datePlaceholder = tr("YYYY, YYYY-MM or YYYY-MM-DD");
    m_id = lineEdit("id");
    m_start = lineEdit("start", datePlaceholder);
    m_end = lineEdit("end", tr("empty for a single date"));
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    fillEntityCombo(m_company, m_dataset->companies(), tr("(no company)"));
    fillEntityCombo(m_category, m_dataset->categories(), tr("(no category)"));
    connect(m_company, &QComboBox::currentIndexChanged, this, &EventEditDialog::revalidate);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EventEditDialog::revalidate);
    m_importance = new QSpinBox(this);
    m_importance->setObjectName(QStringLiteral("importance"));
    m_importance->setRange(1, 5);
    m_importance->setToolTip(tr("1 (minor) to 5 (key moment)"));
    connect(m_importance, &QSpinBox::valueChanged, this, &EventEditDialog::revalidate);
    m_confidence = lineEdit("confidence", tr("e.g. verified-primary"));
    m_titleEn = lineEdit("titleEn");
    m_titleZh = lineEdit("titleZh");
    m_descriptionEn = textEdit("descriptionEn", 3);
    m_descriptionZh = textEdit("descriptionZh", 3);
    m_tags = lineEdit("tags", tr("comma-separated"));
    m_links = textEdit("links", 2);
    m_links->setPlaceholderText(tr("one http(s) URL per line"));
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_sources, &QListWidget::itemChanged, this, &EventEditDialog::revalidate);

    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("E&nd:"), m_end);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Importance:"), m_importance);
    form->addRow(tr("Con&fidence:"), m_confidence);
    form->addRow(tr("&Title (English):"), m_titleEn);
    form->addRow(tr("Title (&Chinese):"), m_titleZh);
    form->addRow(tr("&Description (English):"), m_descriptionEn);
    form->addRow(tr("Description (Chi&nese):"), m_descriptionZh);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Links:"), m_links);
    form->addRow(tr("S&ources:"), m_sources);

    m_buttons = addProblemsAndButtons(this, outer, m_problemsLabel);
}

void EventEditDialog::fill(const Event& e)
{
    m_id->setText(e.id);
    m_start->setText(e.start.isValid() ? e.start.toString() : QString());
    m_end->setText(e.end.isValid() ? e.end.toString() : QString());
    selectEntity(m_company, e.company);
    selectEntity(m_category, e.category);
    m_importance->setValue(e.importance);
    m_confidence->setText(e.confidence);
    m_titleEn->setText(e.title.en);
    m_titleZh->setText(e.title.zh);
    m_descriptionEn->setPlainText(e.description.en);
    m_descriptionZh->setPlainText(e.description.zh);
    m_tags->setText(e.tags.join(QStringLiteral(", ")));
    m_links->setPlainText(e.links.join(u'\n'));
    // The event's own sources first, in its order (order is kept on save), then the others.
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    auto addSource = [this](const QString& id, bool checked) {
        const Source* s = m_dataset->source(id);
        QString label = id;
        if (!s)
            label += tr(" (unknown source)");
        else if (!s->title.isEmpty() || !s->publisher.isEmpty())
            label += QStringLiteral(" — ") + QStringList { s->publisher, s->title }.join(QStringLiteral(": "));
        auto* item = new QListWidgetItem(label, m_sources);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString& id : e.sources)
        addSource(id, true);
    for (const Source& s : m_dataset->sources()) {
        if (!e.sources.contains(s.id))
            addSource(s.id, false);
    }
}

Event EventEditDialog::event() const
{
    // Fields the form does not show (none today) survive from the initial event.
    Event e = m_initial;
    e.id = m_id->text();
    Date date;
    parseDateField(m_start->text(), true, date);
    e.start = date;
    parseDateField(m_end->text(), false, date);
    e.end = date;
    e.company = m_company->currentData().toString();
    e.category = m_category->currentData().toString();
    e.importance = m_importance->value();
    e.confidence = m_confidence->text().trimmed();
    e.title = { m_titleEn->text().trimmed(), m_titleZh->text().trimmed() };
    e.description = { m_descriptionEn->toPlainText().trimmed(), m_descriptionZh->toPlainText().trimmed() };
    e.tags = splitList(m_tags->text(), u',');
    e.links = splitList(m_links->toPlainText(), u'\n');
    e.sources.clear();
    for (int i = 0; i < m_sources->count(); ++i) {
        if (m_sources->item(i)->checkState() == Qt::Checked)
            e.sources.append(m_sources->item(i)->data(Qt::UserRole).toString());
    }
    return e;
}

void EventEditDialog::revalidate()
{
    if (!m_buttons)
        return; // still building the form
    QStringList problems;
    Date date;
    const QString startError = parseDateField(m_start->text(), true, date);
    if (!startError.isEmpty())
        problems.append(tr("Start: %1").arg(startError));
    const QString endError = parseDateField(m_end->text(), false, date);
    if (!endError.isEmpty())
        problems.append(tr("End: %1").arg(endError));
    problems += validateEvent(event(), *m_dataset, m_originalId);
    // The date parser already said what is wrong with the start; "missing" would only repeat it.
    if (!startError.isEmpty())
        problems.removeAll(QCoreApplication::translate("chrono::Validation", "The start date is missing or invalid."));
    m_problems = problems;
    showProblems(m_problemsLabel, problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

Event EventEditDialog::newEventTemplate(const Dataset& dataset, const QString& company)
{
    Event e;
    const QString base = QStringLiteral("event");
    for (int n = dataset.eventCount() + 1;; ++n) {
        e.id = base + u'-' + QString::number(n);
        if (dataset.eventIndex(e.id) < 0)
            break;
    }
    const QDate today = QDate::currentDate();
    e.start = Date::fromYmd(today.year(), today.month(), today.day());
    e.company = dataset.companyIndex(company) >= 0 ? company : QString();
    e.importance = 3;
    return e;
}

} // namespace chrono::ui
