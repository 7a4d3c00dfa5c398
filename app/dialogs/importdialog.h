// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/importoptions.h"
#include "core/io/importpreview.h"

#include <QtWidgets/QDialog>

#include <QtCore/QHash>
#include <QtCore/QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace chrono::ui {

/**
 * @brief The mapping step before importing a CSV or JSON-records file.
 *
 * Shows the role each column was given by detectColumnRoles() — one combo box per role
 * listing the file's columns — and, live, what the importer makes of the file with the
 * current mapping: the first PREVIEW_ROWS events, the number of events and series, and the
 * diagnostics. Parsing stays in core (sampleRecordFile(), previewImport()); the dialog only
 * turns combo boxes into ImportOptions::columnMap.
 *
 * OK is enabled when the preview loads without errors and no column serves two roles.
 * options() then holds the overrides (only the roles the user changed, as `--map` would).
 * Object names: "role-<name>" per combo box (e.g. "role-start"), "preview", "diagnostics",
 * "summary", "problems".
 */
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int PREVIEW_ROWS = 20;

    /// @param initialMap overrides to start from (e.g. from a previous import of the file).
    explicit ImportDialog(const QString& path, const QHash<QString, QString>& initialMap = {}, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// False when the file is not a CSV / JSON-records file or unreadable (see errorString()).
    bool isValid() const { return m_sample.ok(); }
    QString errorString() const { return m_sample.error; }
    const RecordFileSample& sample() const { return m_sample; }

    /// The mapping as ImportOptions (columnMap only); load the file with these.
    ImportOptions options() const;
    QHash<QString, QString> columnMap() const;
    /// The role given to each header by the current mapping (role name -> header).
    QHash<QString, QString> currentRoles() const;
    /// Chooses `header` (empty: none) for the role named `role`; false for an unknown role.
    bool setRoleColumn(const QString& role, const QString& header);

    /// The last preview's result (also what tests look at).
    const LoadResult& preview() const { return m_preview; }
    QStringList problems() const { return m_problems; }

public Q_SLOTS:
    /// Re-runs the preview now (normally debounced after each change).
    void updatePreview();

private:
    void buildRoleForm(const QHash<QString, QString>& initialMap);
    void fillPreviewTable();
    void schedulePreview();

    RecordFileSample m_sample;
    QHash<QString, QString> m_detected; ///< role name -> header, as detected without overrides
    QList<QComboBox*> m_roleCombos; ///< one per ColumnRole, in enum order
    LoadResult m_preview;
    QStringList m_problems;
    QTimer* m_previewTimer = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_diagnostics = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace chrono::ui
