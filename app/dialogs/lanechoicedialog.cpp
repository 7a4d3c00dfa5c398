// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/lanechoicedialog.h"

#include "core/io/importers.h"
#include "core/io/readerregistry.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

namespace {

QString groupingLabel(const QString& grouping)
{
    if (grouping == u"group")
        return LaneChoiceDialog::tr("Groups");
    if (grouping == u"class")
        return LaneChoiceDialog::tr("Item classes (className)");
    if (grouping == u"category")
        return LaneChoiceDialog::tr("Categories");
    if (grouping == u"parent")
        return LaneChoiceDialog::tr("Top-level categories");
    if (grouping == u"section")
        return LaneChoiceDialog::tr("Sections");
    if (grouping == u"tag")
        return LaneChoiceDialog::tr("First tag");
    return LaneChoiceDialog::tr("No lanes");
}

} // namespace

LaneChoiceDialog::LaneChoiceDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_choices = laneGroupings(readerFor(file.peek(SNIFF_BYTES), path).id);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("laneChoice"));
    for (const QString& g : std::as_const(m_choices))
        m_combo->addItem(groupingLabel(g), g);
    form->addRow(tr("Lanes from:"), m_combo);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("lanePreview"));
    m_preview->setTextFormat(Qt::PlainText); // lane names are the file's data
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LaneChoiceDialog::updatePreview);
    updatePreview();
}

QString LaneChoiceDialog::choice() const
{
    return m_combo->currentData().toString();
}

void LaneChoiceDialog::setChoice(const QString& grouping)
{
    const int i = m_combo->findData(grouping);
    if (i >= 0)
        m_combo->setCurrentIndex(i);
}

QString LaneChoiceDialog::previewText() const
{
    return m_preview->text();
}

void LaneChoiceDialog::updatePreview()
{
    if (m_choices.isEmpty())
        return;
    ImportOptions options;
    options.columnMap.insert(QStringLiteral("lane"), choice());
    const LoadResult r = loadFile(m_path, options);
    if (!r.ok()) {
        m_preview->setText(r.firstError());
        return;
    }
    QStringList names;
    for (const Company& c : r.data->companies())
        names.append(c.name.en.isEmpty() ? c.id : c.name.en);
    constexpr int SHOWN = 12;
    QString text = names.isEmpty() ? tr("All %n event(s) in one row.", nullptr, r.data->eventCount())
                                   : tr("%n lane(s): ", nullptr, int(names.size())) + names.mid(0, SHOWN).join(QStringLiteral(", "));
    if (names.size() > SHOWN)
        text += tr(", … and %1 more").arg(names.size() - SHOWN);
    m_preview->setText(text);
}

} // namespace chrono::ui
