// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/importdialog.h"

#include "app/dialogs/formhelpers.h"
#include "core/data/dateformat.h"
#include "core/io/columnroles.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

/// Debounce: a burst of combo changes runs the importer once.
static constexpr int PREVIEW_DELAY_MS = 150;
/// Diagnostics listed in the dialog; the count covers all of them.
static constexpr int MAX_LISTED_DIAGNOSTICS = 50;

static QString roleLabel(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Id: return ImportDialog::tr("Id");
    case ColumnRole::Start: return ImportDialog::tr("Start date");
    case ColumnRole::End: return ImportDialog::tr("End date");
    case ColumnRole::Title: return ImportDialog::tr("Title");
    case ColumnRole::Company: return ImportDialog::tr("Company (lane)");
    case ColumnRole::Category: return ImportDialog::tr("Category");
    case ColumnRole::Description: return ImportDialog::tr("Description");
    case ColumnRole::Url: return ImportDialog::tr("URL");
    case ColumnRole::Source: return ImportDialog::tr("Source");
    case ColumnRole::Importance: return ImportDialog::tr("Importance");
    case ColumnRole::Tags: return ImportDialog::tr("Tags");
    case ColumnRole::Year: return ImportDialog::tr("Year");
    case ColumnRole::Month: return ImportDialog::tr("Month");
    case ColumnRole::Day: return ImportDialog::tr("Day");
    case ColumnRole::Time: return ImportDialog::tr("Time");
    case ColumnRole::EndYear: return ImportDialog::tr("End year");
    case ColumnRole::EndMonth: return ImportDialog::tr("End month");
    case ColumnRole::EndDay: return ImportDialog::tr("End day");
    case ColumnRole::EndTime: return ImportDialog::tr("End time");
    case ColumnRole::Value: return ImportDialog::tr("Value (series)");
    case ColumnRole::Code: return ImportDialog::tr("Entity code");
    }
    return columnRoleName(role);
}

ImportDialog::ImportDialog(const QString& path, const QHash<QString, QString>& initialMap, QWidget* parent)
    : QDialog(parent)
    , m_sample(sampleRecordFile(path))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(1000, 640);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PREVIEW_DELAY_MS);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::updatePreview);

    auto* outer = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose which column holds what. The preview shows what the import makes of the file."), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto* roles = new QWidget(scroll);
    auto* form = new QFormLayout(roles);
    scroll->setWidget(roles);
    for (int r = 0; r < COLUMN_ROLE_COUNT; ++r) {
        auto* combo = new QComboBox(roles);
        combo->setObjectName(QStringLiteral("role-") + columnRoleName(ColumnRole(r)));
        combo->addItem(tr("(none)"), QString());
        for (const QString& header : std::as_const(m_sample.headers))
            combo->addItem(header, header);
        form->addRow(roleLabel(ColumnRole(r)), combo);
        m_roleCombos.append(combo);
    }

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(right);
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Start"), tr("End"), tr("Title"), tr("Company"), tr("Category"), tr("Importance"), tr("Id") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_diagnostics = new QPlainTextEdit(right);
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setMaximumHeight(m_diagnostics->fontMetrics().lineSpacing() * 6 + 12);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_diagnostics);
    splitter->setStretchFactor(1, 2);
    // The role list scrolls vertically only: wide enough for labels and combo boxes.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rolesWidth = roles->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth();
    scroll->setMinimumWidth(rolesWidth);
    splitter->setSizes({ rolesWidth, width() - rolesWidth });

    m_problemsLabel = problemsLabel(this);
    outer->addWidget(m_problemsLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);

    buildRoleForm(initialMap);
    for (QComboBox* combo : std::as_const(m_roleCombos))
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    updatePreview();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildRoleForm(const QHash<QString, QString>& initialMap)
{
    // The baseline is detection without overrides: options() reports only departures from it.
    const ColumnRoleDetection detected = detectColumnRoles(m_sample.headers);
    ColumnRoles start = detected.roles;
    if (!initialMap.isEmpty()) {
        const ColumnRoleDetection mapped = detectColumnRoles(m_sample.headers, initialMap);
        if (mapped.ok())
            start = mapped.roles;
    }
    for (int r = 0; r < COLUMN_ROLE_COUNT; ++r) {
        const int column = detected.roles.column(ColumnRole(r));
        m_detected.insert(columnRoleName(ColumnRole(r)), column >= 0 ? m_sample.headers.value(column) : QString());
        const QSignalBlocker blocker(m_roleCombos[r]);
        m_roleCombos[r]->setCurrentIndex(start.column(ColumnRole(r)) + 1);
    }
}

QHash<QString, QString> ImportDialog::currentRoles() const
{
    QHash<QString, QString> roles;
    for (int r = 0; r < COLUMN_ROLE_COUNT; ++r)
        roles.insert(columnRoleName(ColumnRole(r)), m_roleCombos[r]->currentData().toString());
    return roles;
}

QHash<QString, QString> ImportDialog::columnMap() const
{
    QHash<QString, QString> map;
    const QHash<QString, QString> roles = currentRoles();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        if (it.value() != m_detected.value(it.key()))
            map.insert(it.key(), it.value());
    }
    return map;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.columnMap = columnMap();
    return options;
}

bool ImportDialog::setRoleColumn(const QString& role, const QString& header)
{
    const std::optional<ColumnRole> r = columnRoleFromName(role);
    if (!r)
        return false;
    QComboBox* combo = m_roleCombos[int(*r)];
    const int index = combo->findData(header);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void ImportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ImportDialog::updatePreview()
{
    m_previewTimer->stop();
    QStringList problems;
    if (!m_sample.ok()) {
        problems.append(m_sample.error);
        m_preview = LoadResult {};
    } else {
        // A column can hold one thing; say so rather than let the override order decide.
        QHash<QString, QStringList> rolesOfHeader;
        for (int r = 0; r < COLUMN_ROLE_COUNT; ++r) {
            const QString header = m_roleCombos[r]->currentData().toString();
            if (!header.isEmpty())
                rolesOfHeader[header].append(roleLabel(ColumnRole(r)));
        }
        for (const QString& header : std::as_const(m_sample.headers)) {
            const QStringList roles = rolesOfHeader.value(header);
            if (roles.size() > 1)
                problems.append(tr("The column “%1” is chosen for %2.").arg(header, roles.join(QStringLiteral(", "))));
        }
        m_preview = previewImport(m_sample, options());
        if (!m_preview.ok() && problems.isEmpty())
            problems.append(m_preview.firstError().isEmpty() ? tr("Nothing could be imported with this mapping.") : m_preview.firstError());
    }
    m_problems = problems;
    showProblems(m_problemsLabel, problems);
    fillPreviewTable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && m_preview.ok());
}

void ImportDialog::fillPreviewTable()
{
    const DatasetPtr& ds = m_preview.data;
    const int rows = ds ? std::min(ds->eventCount(), PREVIEW_ROWS) : 0;
    m_table->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const Event e = ds->event(i);
        const QStringList cells { formatDate(e.start, Language::English), e.end.isValid() ? formatDate(e.end, Language::English) : QString(),
            e.title.text(Language::English), e.company, e.category, QString::number(e.importance), e.id };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c])); // items are plain text
    }
    int errors = 0, warnings = 0;
    QStringList lines;
    for (const Diagnostic& d : std::as_const(m_preview.diagnostics)) {
        (d.isError() ? errors : warnings) += 1;
        if (lines.size() < MAX_LISTED_DIAGNOSTICS)
            lines.append(d.toString());
    }
    m_diagnostics->setPlainText(lines.join(u'\n'));
    const QLocale locale;
    QString summary = ds ? tr("%1 events, %2 series.").arg(locale.toString(ds->eventCount()), locale.toString(ds->series().size()))
                         : tr("No data with this mapping.");
    summary += u' ' + tr("%1 errors, %2 warnings.").arg(errors).arg(warnings);
    if (m_sample.truncated)
        summary += u' ' + tr("Preview of the first %1 of %2; the import reads the whole file.")
                              .arg(locale.formattedDataSize(m_sample.data.size()), locale.formattedDataSize(m_sample.fileSize));
    m_summary->setText(summary);
}

} // namespace chrono::ui
