// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/exportrenderer.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace chrono::ui {

class DocumentState;

/**
 * @brief File → Export…: what, format, size preset or custom, scale, theme, language, title,
 * subtitle, footer, and a live preview; also copy to clipboard and print. It fills the same
 * ExportOptions the command line fills, so both give the same picture for the same state.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(DocumentState* state, QWidget* parent = nullptr);

    /// The render input and options the dialog's controls describe.
    RenderInput renderInput() const;
    ExportOptions exportOptions() const;
    /// Writes to `path` (format by suffix: png svg pdf csv json). False + message on failure.
    bool exportTo(const QString& path, QString* error);
    /// The equivalent command line, for scripts.
    QString commandLine(const QString& outPath) const;

private:
    void updatePreview();
    void chooseFileAndExport();
    void copyToClipboard();
    void print();

    DocumentState* m_state;
    QComboBox* m_what;
    QComboBox* m_format;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_footer;
    QLabel* m_preview;
    QLabel* m_command;
};

} // namespace chrono::ui
